"""Article text from ../shared/seeds, verbatim, split into paragraphs/headings/list items."""
import os
SEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "seeds") + "/"
import glob


def lines(n):
    f = glob.glob(SEEDS + "%03d_*.txt" % n)[0]
    L = [l.strip() for l in open(f, encoding="utf-8").read().split("\n")]
    return [l for l in L if l]


def body(n, start, end, headings, bullets=True):
    """Lines start..end-1 as body items. headings: set of indices that are headings."""
    L = lines(n)
    out = []
    ul = None
    for i in range(start, end):
        t = L[i]
        if t.startswith("\u2022 ") or t.startswith("- "):
            item = t[2:]
            if ul is None:
                ul = ("ul", [])
                out.append(ul)
            ul[1].append(item)
            continue
        ul = None
        out.append(("h2" if i in headings else "p", t))
    return out


def featured_latest(n):
    """The seed's Featured Posts / Latest Posts lists: [(heading, [(title, date)])]."""
    L = lines(n)
    res = []
    i = 0
    while i < len(L):
        if L[i] in ("Featured Posts", "Latest Posts"):
            head = L[i]
            items = []
            j = i + 2  # skip '-'
            while j + 1 < len(L) and L[j] not in ("Featured Posts", "Latest Posts"):
                items.append((L[j], L[j + 1].rstrip(" -")))
                j += 2
            res.append((head, items))
            i = j
        else:
            i += 1
    return res
