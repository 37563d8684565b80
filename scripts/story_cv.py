#!/usr/bin/env python3
"""Chooses the same-story cut, the narrative cut and the reporting cut by cross-validation grouped
by event.

Reads Winnow's `history` answers for each development stream (the `score` of the best earlier
page) beside their gold, and with them the narrative share of the two pages (the smaller
past-tense share, fingerprint/tense.h; `narrative` in the WINNOW_DEBUG_FEATURES lines, -1 when a
page gives no evidence; `histories`: both pages' years span a century; `reporting`: the larger
words per attribution to a source of the two pages, -1 without evidence). A page is flagged when
it is a duplicate, or scores at or above the same-story cut and both pages narrate (narrative
-1, or at or above the narrative cut, and not two histories) and report (reporting -1, or under
the reporting cut).

The same-story cut is the lowest that keeps the false alarms on new stories within each set's
budget (ECB+: 2 of 40, the issue's floor; every other set: 1%; WCXB's evergreen clusters none),
on the scores alone; then, at that cut, the narrative cut among those a record can hold
(0, 1/14, ..., 1) and the reporting cut among REPORT_CUTS are the pair that flags the fewest
evergreen pages (WCXB's clusters: the issue's floor is none, a budget like the false alarms of
the other sets, not a price to trade for retellings), then gives the fewest wrong answers
(retellings missed plus pages flagged that are new), the more lenient on a tie (the lower
narrative cut, then the higher reporting cut). Folds group pages by event (ECB+: topic, so a new story of a seen topic is held
out with that topic; the other sets: story), so no event's pages are on both sides. Prints, per
set, the held-out figures at the cuts chosen on the other folds, and the cuts chosen on all the
folds (the ones to ship: match::kStoryNormal, kNarrativeMin, kReportWordsMax).

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
# Words per attribution a reporting page stays under: about sqrt(2) apart, and none (inf).
REPORT_CUTS = [100, 150, 200, 300, 400, 600, 800, 1200, 1600, 2400, float("inf")]


def share(x):
    return round(x * 14) / 14 if x >= 0 else -1.0  # printed with 4 decimals


def features(path):
    """{id: [candidate]} from WINNOW_DEBUG_FEATURES lines (other stderr lines skipped): every
    earlier page the lookup verified that could pass a cut, as {score, dup, narrative, histories,
    reporting}. Which page wins depends on the cuts (a retelling before a page merely similar), so
    a page is judged on all of them; lines without "cands" give the best page alone."""
    out = {}
    if path:
        for line in open(path, encoding="utf8"):
            if line.startswith("{"):
                f = json.loads(line)
                if "cands" in f:
                    out[f["id"]] = [{"score": c[0], "dup": bool(c[1]), "narrative": share(c[2]),
                                     "histories": bool(c[3]), "reporting": float(c[4])} for c in f["cands"]]
                else:
                    out[f["id"]] = [{"score": None, "dup": False, "narrative": share(f.get("narrative", -1.0)),
                                     "histories": bool(f.get("histories", 0)),
                                     "reporting": float(f.get("reporting", -1))}]
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
        score = float(p.get("score", 0.0))
        open_gates = [{"score": score, "narrative": -1.0, "histories": False, "reporting": -1.0}]
        # No candidate listed: every earlier page scored under any cut tried; the best one's score
        # (for the diagnostic of a set alone, whose cut may be lower) with its gates open.
        cands = open_gates if baseline else kind_of.get(g["id"]) or open_gates
        cands = [dict(c, score=score if c["score"] is None else c["score"]) for c in cands]
        out.append({"kind": kind, "score": score, "fold": fold, "dup": p.get("verdict") == "duplicate",
                    "cands": cands})
    return out


def narrates(r, narrative_cut, report_cut=float("inf")):
    """Both pages report an event: narrative share at the cut (or no evidence), not two histories,
    words per attribution under the reporting cut (or no evidence)."""
    return ((r["narrative"] < 0 or r["narrative"] >= narrative_cut - 1e-9) and not r["histories"]
            and r["reporting"] < report_cut)


def gated_score(r, narrative_cut, report_cut=float("inf")):
    """The best score among the page's candidates that pass the gates (0: none)."""
    return max((c["score"] for c in r["cands"] if narrates(c, narrative_cut, report_cut)), default=0.0)


def cut_for(sets, folds, k, narrative_cut=0.0):
    """Lowest cut meeting every set's budget on the pages outside fold k (k=None: all)."""
    cut = 0.0
    for name, rows in sets.items():
        if name in BUDGET and BUDGET[name] is None:
            continue
        new = sorted((gated_score(r, narrative_cut) for r in rows
                      if r["kind"] == "new" and not r["dup"] and (k is None or r["fold"] % folds != k)),
                     reverse=True)
        allowed = int(BUDGET.get(name, DEFAULT_BUDGET) * len(new) + 1e-9)
        if allowed < len(new):
            cut = max(cut, new[allowed] + 1e-4)
    return cut


def flagged(r, cuts):
    cut, narrative_cut, report_cut = cuts
    return r["dup"] or gated_score(r, narrative_cut, report_cut) >= cut


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


def evergreen(sets, folds, k, cuts):
    """Evergreen pages (the sets without a budget) flagged, on the pages outside fold k."""
    return sum(flagged(r, cuts) for name, rows in sets.items() if name in BUDGET and BUDGET[name] is None
               for r in rows if r["kind"] == "new" and (k is None or r["fold"] % folds != k))


def choose(sets, folds, k):
    """(same-story cut, narrative cut, reporting cut) chosen on the pages outside fold k: the
    same-story cut first, on the scores alone (the gates open), then the two gates at that cut.
    Chosen jointly, a narrative cut that hides the new story setting the same-story cut lowers
    that cut, trading false alarms among events for fewer guides."""
    cut = cut_for(sets, folds, k, 0.0)
    best = None
    for nc in NARRATIVE_CUTS:
        for rc in reversed(REPORT_CUTS):
            w = (evergreen(sets, folds, k, (cut, nc, rc)), wrong(sets, folds, k, (cut, nc, rc)))
            if best is None or w < best[0]:
                best = (w, (cut, nc, rc))
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
    print("cuts chosen on the other folds (same story, narrative, words per attribution): "
          + " ".join(f"{c:.4f}/{n:.3f}/{r:g}" for c, n, r in cuts))
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
        ret = [flagged(r, (c, 0.0, float("inf"))) for r in rows if r["kind"] == "retelling"]
        print(f"  {name:20s} cut {c:.4f}: retellings {sum(ret) / max(1, len(ret)):.4f}")
    final = choose(sets, folds, None)
    print(f"cuts chosen on all folds: same story {final[0]:.4f}, narrative {final[1]:.4f}, "
          f"words per attribution {final[2]:g}")
    for name, rows in sets.items():
        ret = [flagged(r, final) for r in rows if r["kind"] == "retelling"]
        fa = [flagged(r, final) for r in rows if r["kind"] == "new"]
        print(f"  {name:20s} retellings {sum(ret) / max(1, len(ret)):.4f}, false alarms {sum(fa)} of {len(fa)}")


if __name__ == "__main__":
    main()
