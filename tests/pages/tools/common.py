"""Helper to write fixture pages and keep the hand-assigned gold labels exact.

Every chunk of a page is written with the label the author assigns to it
(content / boilerplate+kind / unscored / hidden / listing / None for markup
without text). This script only does the bookkeeping: it turns each labelled
chunk into exact text snippets using the same crude block splitter as
tests/node/pages.test.mjs.
"""
import html as H
import json
import os
import re

INLINE = set("a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr font img input label".split())

ENT = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": " ", "copy": "\u00a9",
       "rsquo": "\u2019", "lsquo": "\u2018", "ldquo": "\u201c", "rdquo": "\u201d", "mdash": "\u2014",
       "ndash": "\u2013", "hellip": "\u2026", "middot": "\u00b7", "raquo": "\u00bb", "laquo": "\u00ab",
       "pound": "\u00a3", "bull": "\u2022"}


def decode(s):
    def rep(m):
        e = m.group(1)
        if e.startswith("#x") or e.startswith("#X"):
            return chr(int(e[2:], 16))
        if e.startswith("#"):
            return chr(int(e[1:]))
        return ENT.get(e, m.group(0))
    return re.sub(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);", rep, s)


def blocks(src):
    s = re.sub(r"<!--[\s\S]*?-->", "", src)
    s = re.sub(r"<!\w[^>]*>", "", s)
    s = re.sub(r"<head[\s>][\s\S]*?</head>", "\x01", s, flags=re.I)
    for t in ("script", "style", "noscript", "template", "title"):
        s = re.sub(r"<%s\b[\s\S]*?</%s\s*>" % (t, t), "\x01", s, flags=re.I)
    s = re.sub(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>",
               lambda m: "" if m.group(1).lower() in INLINE else "\x01", s)
    out = []
    for b in s.split("\x01"):
        b = re.sub(r"\s+", " ", decode(b)).strip()
        if b:
            out.append(b)
    return out


def snippet(t):
    if len(t) < 40:
        return t
    words = t.split(" ")
    out = ""
    for w in words:
        out = (out + " " + w) if out else w
        if len(out) >= 56:
            break
    return out


def esc(t):
    return H.escape(t, quote=False)


class Page:
    def __init__(self):
        self.chunks = []  # (label, kind, html)

    def add(self, label, kind, html):
        self.chunks.append((label, kind, html))

    def raw(self, html):
        self.add(None, None, html)

    def html(self):
        return "".join(c[2] for c in self.chunks)

    def gold(self, meta):
        g = {"url": meta["url"], "page_type": meta["page_type"], "title": meta["title"],
             "story": meta["story"], "expect": meta["expect"],
             "content": [], "boilerplate": [], "unscored": [], "hidden": [], "listing_items": []}
        for label, kind, h in self.chunks:
            if label is None:
                bl = blocks(h)
                assert not bl, ("unlabelled text", bl)
                continue
            bl = blocks(h)
            assert bl, ("labelled chunk without text", h[:80])
            for b in bl:
                sn = snippet(b)
                if label == "content":
                    g["content"].append(sn)
                elif label == "boilerplate":
                    g["boilerplate"].append({"text": sn, "kind": kind})
                elif label == "unscored":
                    g["unscored"].append(sn)
                elif label == "hidden":
                    g["hidden"].append(sn)
                elif label == "listing":
                    g["listing_items"].append(sn)
                else:
                    raise ValueError(label)
        for k in ("new_paragraphs", "edited_paragraphs"):
            if k in meta:
                g[k] = [snippet(x) for x in meta[k]]
        # drop exact duplicates, keep order
        for k in ("content", "unscored", "hidden", "listing_items"):
            seen = []
            for x in g[k]:
                if x not in seen:
                    seen.append(x)
            g[k] = seen
        seen = []
        for x in g["boilerplate"]:
            if x not in seen:
                seen.append(x)
        g["boilerplate"] = seen
        for k in ("unscored", "hidden", "listing_items"):
            if not g[k]:
                del g[k]
        return g


def write(root, rel, page, meta):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(page.html())
    with open(path[:-5] + ".gold.json", "w", encoding="utf-8") as f:
        g = page.gold(meta)
        out = ["{"]
        keys = list(g)
        for i, k in enumerate(keys):
            v = g[k]
            end = "," if i + 1 < len(keys) else ""
            if isinstance(v, list):
                if not v:
                    out.append('  %s: []%s' % (json.dumps(k), end))
                    continue
                out.append('  %s: [' % json.dumps(k))
                for j, x in enumerate(v):
                    out.append('    %s%s' % (json.dumps(x, ensure_ascii=False), "," if j + 1 < len(v) else ""))
                out.append('  ]%s' % end)
            else:
                out.append('  %s: %s%s' % (json.dumps(k), json.dumps(v, ensure_ascii=False), end))
        out.append("}")
        f.write("\n".join(out) + "\n")
