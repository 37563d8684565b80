#!/usr/bin/env python3
"""Development reading streams of long real articles, deterministic (same input, same bytes).

  long   ScrapingHub gold article texts (../shared/eval/boilerplate/scrapinghub.jsonl.gz), >= 150
         words, plus every 15th long WCXB article, read in a fixed shuffled order: new stories
         (false alarms), except the ScrapingHub pages that report one event (EVENTS: retellings). Every second one is re-posted later in the stream by another site: other
         chrome lines, a new title, one sentence edited, and a paragraph added or cut (re-posts:
         recall). Re-posts of re-posts follow for every sixth article.
  wcxb   WCXB development articles (wcxb_dev.jsonl.gz, page_type article), read in file order:
         evergreen pages, many in clusters on one topic from different sites, no event. None is
         the same story as another, except the pages that report one news event (WCXB_EVENTS:
         retellings); a pair whose 5-word shingle Jaccard is >= 0.5 is a copy and is labelled a
         re-post of the earlier page.

Rows follow stream_dev's schema: {id, pos, story_id, kind, title, text, gold_seen_before,
gold_same_topic_seen}. Usage: gen-story-long.py long|wcxb OUT.jsonl [--boilerplate DIR]
"""
import argparse
import gzip
import html
import json
import random
import re
import sys

CHROME = [
    ["Share on Facebook", "Share on Twitter", "Email this article"],
    ["Sign up for our daily newsletter", "Most read", "Advertisement"],
    ["Follow us on social media", "Related coverage", "Comments (0)"],
    ["Subscribe for unlimited access", "Trending now", "Skip to main content"],
]
OUTLETS = ["The Morning Ledger", "Daily Courier Online", "NewsWire Digest", "Metro Observer"]
UPDATES = [
    "This article has been updated with additional reporting since it was first published.",
    "Editor's note: an earlier version of this story misstated a detail, which has been corrected.",
    "More details are expected to be released later this week, according to people familiar with the matter.",
]
SWAPS = [("said", "stated"), ("the", "this"), ("will", "would"), ("new", "latest"), ("also", "as well")]
SENT = re.compile(r"(?<=[.!?])\s+")


# ScrapingHub articles (id prefixes) that report one event, read from their titles and leads:
# later ones are retellings, not new stories.
EVENTS = [
    ["9cb8224b", "ac1bfdd4", "35b15891"],              # Doobie Brothers reunion tour
    ["6ebac05f", "7a457a4f"],                          # guilty plea, threats against Rep. Omar
    ["c50845a7", "d1c57d78", "42aad16b"],              # NASA adds five lunar lander companies
    ["c7e39ac4", "dc7ccccc"],                          # Sweden drops the Assange investigation
    ["51374560", "f8ff621a"],                          # Home Depot sales miss
    ["2c46804d", "51d066b0"],                          # Fort Worth kidnapping rescue video
    ["70cb2d5b", "eb62ac84"],                          # Taylor Swift, Big Machine and the AMAs
    ["8b194530", "ea25dd7e", "432362af", "ba4dfe2d"],  # plague cases in China
    ["156770d6", "776a1c04", "3f65af7b"],              # South Dakota "Meth. We're on it."
    ["14cc2a0c", "686bb170", "f344ca5f"],              # water vapour above Europa
    ["7bb1ca90", "bd673bd7", "9eef8162", "a078b365"],  # "feather duvet lung"
    ["06e5123e", "1ace8c85"],                          # New York AG investigates WeWork
]
# Pages of one ongoing topic whose event identity is arguable (impeachment hearing days,
# Stadia launch reviews, 16-inch MacBook Pro reviews, one show's visitor reviews, Hong Kong
# opinion pieces): only the first of each is read, so they count neither way.
AMBIGUOUS_LATER = ["82b6d780", "c90731f0", "8267acac", "e100c961", "aade2ec8", "65bf3048",
                   "8cad00dc", "624fcd90", "e4c6a3b4"]


# WCXB pages that report one news event, by wcxb_dev id (docs/story-matching.md): the release of
# J.D. Power's 2025 North America Rental Car Satisfaction Study (Enterprise 734 points, National
# 721), told by Global Traveler and by Travel Noire, in their own words and with their sources.
WCXB_EVENTS = [
    ("0331", "0333"),
]


def load(path):
    with gzip.open(path, "rt", encoding="utf8") as f:
        return [json.loads(line) for line in f if line.strip()]


def page_title(row):
    m = re.search(r"<title[^>]*>(.*?)</title>", row.get("html", ""), re.S | re.I)
    t = html.unescape(m.group(1)).strip() if m else ""
    t = re.sub(r"\s+", " ", t)
    if not t:
        t = row["gold_text"].strip().split("\n", 1)[0][:120]
    return t


def paragraphs(text):
    return [p.strip() for p in text.split("\n") if p.strip()]


def edit_sentence(paras, rng):
    """Rewords one sentence of a long paragraph (a word swapped, or a clause dropped)."""
    idx = [i for i, p in enumerate(paras) if len(p.split()) >= 25] or list(range(len(paras)))
    i = rng.choice(idx)
    sents = SENT.split(paras[i])
    k = rng.randrange(len(sents))
    words = sents[k].split()
    for a, b in SWAPS:
        if a in words:
            words[words.index(a)] = b
            break
    else:
        if len(words) > 8:
            del words[len(words) // 2: len(words) // 2 + 2]
    sents[k] = " ".join(words)
    paras[i] = " ".join(sents)


def repost(title, text, rng, outlet):
    paras = paragraphs(text)
    edit_sentence(paras, rng)
    if len(paras) > 4 and rng.random() < 0.5:
        del paras[rng.randrange(1, len(paras) - 1)]  # a paragraph cut (never the lead)
    else:
        paras.insert(rng.randrange(1, len(paras) + 1), rng.choice(UPDATES))
    chrome = rng.choice(CHROME)
    new_title = rng.choice([f"{title} | {outlet}", f"{title} - {outlet}", f"UPDATED: {title}"])
    body = [chrome[0]] + paras + chrome[1:]
    return new_title, "\n".join(body)


def long_stream(rows, extra):
    """`extra`: other long articles (every 15th WCXB article of >= 300 words, so that no two
    come from one topic cluster) to reach more than 150 new stories."""
    rng = random.Random(18)
    arts = [r for r in rows if len(r["gold_text"].split()) >= 150 and r["id"][:8] not in AMBIGUOUS_LATER]
    long_extra = [r for r in extra if r.get("page_type") == "article" and len(r["gold_text"].split()) >= 300]
    arts += [dict(r, id="wcxb" + r["id"]) for r in long_extra[::15]]
    rng.shuffle(arts)
    event = {m: "event_" + g[0] for g in EVENTS for m in g}
    story_of = {r["id"]: event.get(r["id"][:8], "sh_" + r["id"][:8]) for r in arts}
    # Each re-post is read later than its original: 5 to 60 pages later (in stream positions).
    slots = [[] for _ in range(len(arts) + 80)]
    for i, r in enumerate(arts):
        slots[i].append(("original", r["id"], page_title(r), r["gold_text"], None))
        if i % 2 == 0:
            t, x = repost(page_title(r), r["gold_text"], rng, rng.choice(OUTLETS))
            j = i + rng.randint(5, 60)
            slots[j].append(("repost_near_dup", r["id"], t, x, None))
            if i % 6 == 0:
                t2, x2 = repost(t, x, rng, rng.choice(OUTLETS))
                slots[j + rng.randint(1, 15)].append(("repost_near_dup", r["id"], t2, x2, None))
    out, pos = [], 0
    seen = set()
    for slot in slots:
        for kind, page, title, text, _ in slot:
            story = story_of[page]
            if kind == "original" and story in seen:
                kind = "same_event_rewrite"
            out.append({"id": f"L{pos:04d}", "pos": pos, "story_id": story, "kind": kind,
                        "title": title, "text": text, "gold_seen_before": story in seen,
                        "gold_same_topic_seen": False})
            seen.add(story)
            pos += 1
    return out


def shingles(text, n=5):
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}


def wcxb_stream(rows):
    arts = [r for r in rows if r.get("page_type") == "article" and len(r["gold_text"].split()) >= 50]
    out, sh, where, told = [], [], {}, set()
    event = {m: "event_wcxb_" + g[0] for g in WCXB_EVENTS for m in g}
    for pos, r in enumerate(arts):
        s = shingles(r["gold_text"])
        copy_of = None
        for j in sorted({j for x in s for j in where.get(x, ())}):
            if len(s & sh[j]) / len(s | sh[j]) >= 0.5:
                copy_of = j
                break
        for x in s:
            where.setdefault(x, []).append(pos)
        story = out[copy_of]["story_id"] if copy_of is not None else event.get(r["id"], f"wcxb_{r['id']}")
        retold = copy_of is None and story in told
        out.append({"id": f"W{pos:04d}", "pos": pos, "story_id": story,
                    "kind": "repost_near_dup" if copy_of is not None else "same_event_rewrite" if retold else "original",
                    "title": page_title(r), "text": r["gold_text"],
                    "gold_seen_before": copy_of is not None or retold, "gold_same_topic_seen": False})
        told.add(story)
        sh.append(s)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", choices=["long", "wcxb"])
    ap.add_argument("out")
    ap.add_argument("--boilerplate", default="../shared/eval/boilerplate")
    a = ap.parse_args()
    if a.set == "long":
        rows = long_stream(load(f"{a.boilerplate}/scrapinghub.jsonl.gz"),
                           load(f"{a.boilerplate}/wcxb_dev.jsonl.gz"))
    else:
        rows = wcxb_stream(load(f"{a.boilerplate}/wcxb_dev.jsonl.gz"))
    with open(a.out, "w", encoding="utf8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
