#!/usr/bin/env python3
"""Chooses the same-story threshold by cross-validation grouped by event, and reports it.

Reads Winnow's `history` answers for each development stream (the `score` of the best earlier
page) beside their gold, and picks one cut for every set: the lowest cut that keeps the false
alarms on new stories within each set's budget (ECB+: 2 of 40, the issue's floor; every other
set: 1%). Folds group pages by event (ECB+: topic, so a new story of a seen topic is held out
with that topic; the other sets: story), so no event's pages are on both sides. Prints, per
set, the held-out recall of retellings and false alarms at the cut chosen on the other folds,
and the cut chosen on all the folds (the one to ship: match::kStoryNormal).

  story_cv.py NAME=GOLD:PRED ...  [--folds 5]
  e.g. (after npm run eval:story) scripts/story_cv.py stream=../shared/eval/story/stream_dev.jsonl.gz:build/eval-story/stream_pred.jsonl ...
"""
import argparse
import gzip
import json
import os
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import story_baseline  # noqa: E402


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf8") as f:
        return [json.loads(line) for line in f if line.strip()]


# Share of new stories a cut may flag; other sets: DEFAULT_BUDGET. WCXB's evergreen clusters
# set no budget: no event, so their verdict is not the same-story cut's (see docs/story-matching.md).
BUDGET = {"stream": 0.05, "wcxb": None}
DEFAULT_BUDGET = 0.01


def pages(gold_path, pred_path, name, baseline):
    """One row per page; `baseline`: score with a plain TF-IDF cosine instead of Winnow's."""
    pred = {p["id"]: p for p in load(pred_path)}
    rows = sorted(load(gold_path), key=lambda g: g["pos"])
    base = story_baseline.stream_scores(rows) if baseline else None
    out = []
    for i, g in enumerate(rows):
        p = pred.get(g["id"], {})
        if baseline:  # no verdicts of its own: a copy is flagged by its score like the rest
            p = {"score": base[i][0], "verdict": "different"}
        group = g.get("topic_id", g["story_id"]) if name == "stream" else g["story_id"]
        fold = zlib.crc32(str(group).encode()) % 1000
        kind = "new" if not g["gold_seen_before"] else ("repost" if g["kind"] == "repost_near_dup" else "retelling")
        out.append({"kind": kind, "score": float(p.get("score", 0.0)), "fold": fold,
                    "dup": p.get("verdict") == "duplicate"})
    return out


def cut_for(sets, folds, k):
    """Lowest cut meeting every set's budget on the pages outside fold k (k=None: all)."""
    cut = 0.0
    for name, rows in sets.items():
        if name in BUDGET and BUDGET[name] is None:
            continue
        new = sorted((r["score"] for r in rows if r["kind"] == "new" and not r["dup"]
                      and (k is None or r["fold"] % folds != k)), reverse=True)
        allowed = int(BUDGET.get(name, DEFAULT_BUDGET) * len(new) + 1e-9)
        if allowed < len(new):
            cut = max(cut, new[allowed] + 1e-4)
    return cut


def flagged(r, cut):
    return r["dup"] or r["score"] >= cut


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    for label, baseline in (("Winnow", False), ("plain TF-IDF cosine, the same protocol", True)):
        sets = {}
        for spec in a.sets:
            name, paths = spec.split("=", 1)
            gold, pred = paths.split(":", 1)
            sets[name] = pages(gold, pred, name, baseline)
        print(f"== {label}: one same-story cut for every set, by {a.folds} folds grouped by event ==")
        report(sets, a.folds)


def report(sets, folds):
    class A:
        pass
    a = A()
    a.folds = folds
    cuts = [cut_for(sets, a.folds, k) for k in range(a.folds)]
    print("cuts chosen on the other folds: " + " ".join(f"{c:.4f}" for c in cuts))
    print(f"{'set (held-out folds)':22s} {'retellings':>12s} {'reposts':>10s} {'false alarms':>14s}")
    for name, rows in sets.items():
        ret = [flagged(r, cuts[r["fold"] % a.folds]) for r in rows if r["kind"] == "retelling"]
        rep = [flagged(r, cuts[r["fold"] % a.folds]) for r in rows if r["kind"] == "repost"]
        fa = [flagged(r, cuts[r["fold"] % a.folds]) for r in rows if r["kind"] == "new"]
        print(f"{name:22s} {sum(ret) / max(1, len(ret)):12.4f} {sum(rep) / max(1, len(rep)):10.4f} "
              f"{sum(fa):6d} of {len(fa):5d}")
    print("each set alone (its own budget, all folds; a diagnostic, not a choice):")
    for name, rows in sets.items():
        if name in BUDGET and BUDGET[name] is None:
            continue
        c = cut_for({name: rows}, a.folds, None)
        ret = [flagged(r, c) for r in rows if r["kind"] == "retelling"]
        print(f"  {name:20s} cut {c:.4f}: retellings {sum(ret) / max(1, len(ret)):.4f}")
    final = cut_for(sets, a.folds, None)
    print(f"cut chosen on all folds: {final:.4f}")
    for name, rows in sets.items():
        ret = [flagged(r, final) for r in rows if r["kind"] == "retelling"]
        fa = [flagged(r, final) for r in rows if r["kind"] == "new"]
        print(f"  {name:20s} retellings {sum(ret) / max(1, len(ret)):.4f}, false alarms {sum(fa)} of {len(fa)}")


if __name__ == "__main__":
    main()
