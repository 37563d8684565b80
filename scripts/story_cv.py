#!/usr/bin/env python3
"""Chooses the same-story cut and the narrative cut by cross-validation grouped by event.

Reads Winnow's `history` answers for each development stream (the `score` of the best earlier
page) beside their gold, and with them the narrative share of the two pages (the smaller
past-tense share, fingerprint/tense.h; `narrative` in the WINNOW_DEBUG_FEATURES lines, -1 when a
page gives no evidence; `histories`: both pages' years span a century). A page is flagged when
it is a duplicate, or scores at or above the same-story cut and both pages narrate (narrative
-1, or at or above the narrative cut, and not two histories).

The same-story cut is the lowest that keeps the false alarms on new stories within each set's
budget (ECB+: 2 of 40, the issue's floor; every other set: 1%; WCXB's evergreen clusters none),
on the scores alone; then, at that cut, the narrative cut kept among those a record can hold
(0, 1/14, ..., 1) is the one with the fewest wrong answers (retellings missed plus pages flagged
that are new, WCXB's included), the lower on a tie. Folds group pages by event (ECB+: topic, so a new story of a seen topic is held
out with that topic; the other sets: story), so no event's pages are on both sides. Prints, per
set, the held-out figures at the cuts chosen on the other folds, and the cuts chosen on all the
folds (the ones to ship: match::kStoryNormal, kNarrativeMin).

  story_cv.py NAME=GOLD:PRED[:FEATURES] ...  [--folds 5]
  e.g. (after npm run eval:story) scripts/story_cv.py stream=../shared/eval/story/stream_dev.jsonl.gz:build/eval-story/stream_pred.jsonl:build/eval-story/stream_features.jsonl ...
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


NARRATIVE_CUTS = [k / 14 for k in range(15)]  # the shares a record's four bits hold


def features(path):
    """{id: narrative} from WINNOW_DEBUG_FEATURES lines (other stderr lines skipped)."""
    out = {}
    if path:
        for line in open(path, encoding="utf8"):
            if line.startswith("{"):
                f = json.loads(line)
                x = f.get("narrative", -1.0)
                x = round(x * 14) / 14 if x >= 0 else -1.0  # printed with 4 decimals
                out[f["id"]] = (x, bool(f.get("histories", 0)))
    return out


def pages(gold_path, pred_path, name, baseline, features_path=None):
    """One row per page; `baseline`: score with a plain TF-IDF cosine instead of Winnow's."""
    pred = {p["id"]: p for p in load(pred_path)}
    kind_of = features(features_path)
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
                    "dup": p.get("verdict") == "duplicate",
                    "narrative": -1.0 if baseline else kind_of.get(g["id"], (-1.0, False))[0],
                    "histories": False if baseline else kind_of.get(g["id"], (-1.0, False))[1]})
    return out


def narrates(r, narrative_cut):
    """Both pages report an event: narrative share at the cut (or no evidence), not two histories."""
    return (r["narrative"] < 0 or r["narrative"] >= narrative_cut - 1e-9) and not r["histories"]


def cut_for(sets, folds, k, narrative_cut=0.0):
    """Lowest cut meeting every set's budget on the pages outside fold k (k=None: all)."""
    cut = 0.0
    for name, rows in sets.items():
        if name in BUDGET and BUDGET[name] is None:
            continue
        new = sorted((r["score"] if narrates(r, narrative_cut) else 0.0 for r in rows
                      if r["kind"] == "new" and not r["dup"] and (k is None or r["fold"] % folds != k)),
                     reverse=True)
        allowed = int(BUDGET.get(name, DEFAULT_BUDGET) * len(new) + 1e-9)
        if allowed < len(new):
            cut = max(cut, new[allowed] + 1e-4)
    return cut


def flagged(r, cuts):
    cut, narrative_cut = cuts
    return r["dup"] or (r["score"] >= cut and narrates(r, narrative_cut))


def wrong(sets, folds, k, cuts):
    """Retellings missed plus new stories flagged, on the pages outside fold k."""
    n = 0
    for rows in sets.values():
        for r in rows:
            if k is not None and r["fold"] % folds == k:
                continue
            if r["kind"] == "retelling":
                n += not flagged(r, cuts)
            elif r["kind"] == "new":
                n += flagged(r, cuts)
    return n


def choose(sets, folds, k):
    """(same-story cut, narrative cut) chosen on the pages outside fold k: the same-story cut
    first, on the scores alone (the gate closed to nothing), then the narrative cut at that cut.
    Chosen jointly, a narrative cut that hides the new story setting the same-story cut lowers
    that cut, trading false alarms among events for fewer guides."""
    cut = cut_for(sets, folds, k, 0.0)
    best = None
    for nc in NARRATIVE_CUTS:
        w = wrong(sets, folds, k, (cut, nc))
        if best is None or w < best[0]:
            best = (w, (cut, nc))
    return best[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    for label, baseline in (("Winnow", False), ("plain TF-IDF cosine, the same protocol", True)):
        sets = {}
        for spec in a.sets:
            name, paths = spec.split("=", 1)
            gold, pred, *feats = paths.split(":")
            sets[name] = pages(gold, pred, name, baseline, feats[0] if feats else None)
        print(f"== {label}: one same-story cut for every set, by {a.folds} folds grouped by event ==")
        report(sets, a.folds)


def report(sets, folds):
    cuts = [choose(sets, folds, k) for k in range(folds)]
    print("cuts chosen on the other folds (same story, narrative): "
          + " ".join(f"{c:.4f}/{n:.3f}" for c, n in cuts))
    print(f"{'set (held-out folds)':22s} {'retellings':>12s} {'reposts':>10s} {'false alarms':>14s}")
    for name, rows in sets.items():
        ret = [flagged(r, cuts[r["fold"] % folds]) for r in rows if r["kind"] == "retelling"]
        rep = [flagged(r, cuts[r["fold"] % folds]) for r in rows if r["kind"] == "repost"]
        fa = [flagged(r, cuts[r["fold"] % folds]) for r in rows if r["kind"] == "new"]
        print(f"{name:22s} {sum(ret) / max(1, len(ret)):12.4f} {sum(rep) / max(1, len(rep)):10.4f} "
              f"{sum(fa):6d} of {len(fa):5d}")
    print("each set alone (its own budget, all folds, no narrative cut; a diagnostic, not a choice):")
    for name, rows in sets.items():
        if name in BUDGET and BUDGET[name] is None:
            continue
        c = cut_for({name: rows}, folds, None)
        ret = [flagged(r, (c, 0.0)) for r in rows if r["kind"] == "retelling"]
        print(f"  {name:20s} cut {c:.4f}: retellings {sum(ret) / max(1, len(ret)):.4f}")
    final = choose(sets, folds, None)
    print(f"cuts chosen on all folds: same story {final[0]:.4f}, narrative {final[1]:.4f}")
    for name, rows in sets.items():
        ret = [flagged(r, final) for r in rows if r["kind"] == "retelling"]
        fa = [flagged(r, final) for r in rows if r["kind"] == "new"]
        print(f"  {name:20s} retellings {sum(ret) / max(1, len(ret)):.4f}, false alarms {sum(fa)} of {len(fa)}")


if __name__ == "__main__":
    main()
