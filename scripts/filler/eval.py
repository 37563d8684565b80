"""`npm run eval:filler`: the filler judgement through `winnow extract`, scored.

Labelled articles (tests/filler/dev, and tests/filler/holdout with --holdout) become plain
HTML pages; every labelled block is matched to the extract answer's block with the same text
(a block the boilerplate stage took away counts as "not filler"). Reports precision, recall
and F1 of the filler class per language and per style, the fact paragraphs flagged on wire
copy and analysis, and the flag rate on real-news paragraphs of 40+ words (content blocks of
ScrapingHub and wcxb_dev article pages whose text is in the page's gold text). --check exits
1 when a floor of the issue is missed.
"""
import argparse
import collections
import json
import os
import sys

import dataset

FLOORS = {"farm_f1": 0.80, "farm_precision": 0.85, "fact_flag_rate": 1 / 20, "real_flag_rate": 0.03}


def judge_articles(arts):
    """(article, block, predicted code or None, reason) for every labelled block."""
    recs = [{"id": a["name"], "url": f"https://{a['name']}.example/story", "html": dataset.to_html(a)}
            for a in arts]
    out = []
    for art, ans in zip(arts, dataset.run_winnow(["extract"], recs)):
        blocks = [b for b in ans.get("blocks", []) if b["label"] == "content"]
        by_text = collections.defaultdict(list)
        for b in blocks:
            by_text[dataset.norm(b["text"])].append(b)
        for blk in art["blocks"]:
            found = by_text.get(dataset.norm(blk["text"]))
            got = found.pop(0) if found else None
            out.append((art, blk, got.get("filler") if got else None, got.get("reason", "") if got else "boilerplate"))
    return out


def prf(rows):
    tp = sum(1 for _, b, p, _ in rows if b["label"] and p)
    fp = sum(1 for _, b, p, _ in rows if not b["label"] and p)
    fn = sum(1 for _, b, p, _ in rows if b["label"] and not p)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"n": len(rows), "filler": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)}


def labelled_report(rows, title):
    print(f"## {title}")
    print(f"{'group':<22}{'blocks':>7}{'filler':>7}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}")
    groups = collections.OrderedDict([("all", rows)])
    for key in ("lang", "style"):
        for val in sorted({a[key] for a, _, _, _ in rows}):
            groups[f"{key}={val}"] = [r for r in rows if r[0][key] == val]
    groups["paragraphs only"] = [r for r in rows if not r[1]["heading"]]
    stats = {}
    for name, rs in groups.items():
        s = prf(rs)
        stats[name] = s
        print(f"{name:<22}{s['n']:>7}{s['filler']:>7}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}"
              f"{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}")
    both = [(b["label"], p) for _, b, p, _ in rows if b["label"] and p]
    same = sum(1 for g, p in both if g == p)
    print(f"code agrees with the label on {same} of {len(both)} filler blocks found")
    facts = [r for r in rows if r[0]["style"] in ("wire", "analysis") and not r[1]["heading"]]
    flagged = sum(1 for r in facts if r[2])
    stats["fact_flagged"] = [flagged, len(facts)]
    print(f"wire/analysis fact paragraphs flagged: {flagged} of {len(facts)}")
    for a, b, p, why in rows:
        if bool(b["label"]) != bool(p):
            kind = "FALSE ALARM" if p else "missed"
            print(f"  {kind}: {a['name']} [{b['rule']}] {b['text'][:90]!r} -> {p} ({why})")
    print()
    return stats


def real_report(which, limit, show):
    pages = list(dataset.real_pages(which))[:limit] if limit else list(dataset.real_pages(which))
    answers = dataset.run_winnow(["extract"], [{"id": p["id"], "url": p["url"], "html": p["html"]} for p in pages])
    total = flagged = 0
    langs = collections.Counter()
    examples = []
    for page, ans in zip(pages, answers):
        gold = dataset.norm(page["gold_text"])
        for b in ans.get("blocks", []):
            text = dataset.norm(b["text"])
            if b["label"] != "content" or len(text.split()) < 40 or text not in gold:
                continue
            total += 1
            langs[ans.get("lang") or "?"] += 1
            if b.get("filler"):
                flagged += 1
                examples.append((page["url"], b["filler"], b["reason"], text[:160]))
    rate = flagged / total if total else 0.0
    print(f"## real news: {which} ({len(pages)} article pages)")
    print(f"paragraphs of 40+ words: {total} ({', '.join(f'{k} {v}' for k, v in langs.most_common(6))})")
    print(f"flagged: {flagged} ({100 * rate:.2f}%)")
    for url, code, why, text in examples[:show]:
        print(f"  {code}: {url}\n    {text!r}\n    ({why})")
    print()
    return {"pages": len(pages), "paragraphs": total, "flagged": flagged, "rate": round(rate, 4)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--holdout", action="store_true", help="also score tests/filler/holdout")
    ap.add_argument("--no-real", action="store_true", help="skip the real-news pages")
    ap.add_argument("--limit", type=int, default=0, help="real-news pages per set (0: all)")
    ap.add_argument("--show", type=int, default=8, help="flagged real-news paragraphs to print")
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument("--check", action="store_true", help="exit 1 when a floor is missed")
    args = ap.parse_args()
    base = os.path.join(dataset.ROOT, "tests", "filler")
    summary = {"dev": labelled_report(judge_articles(dataset.load_articles(os.path.join(base, "dev"))),
                                      "development set (tests/filler/dev)")}
    sets = [summary["dev"]]
    if args.holdout:
        summary["holdout"] = labelled_report(
            judge_articles(dataset.load_articles(os.path.join(base, "holdout"))), "held-out set (tests/filler/holdout)")
        sets.append(summary["holdout"])
    failed = []
    for name, s in zip(("dev", "holdout"), sets):
        farm = s["style=farm"]
        if farm["f1"] < FLOORS["farm_f1"] or farm["precision"] < FLOORS["farm_precision"]:
            failed.append(f"{name}: farm F1 {farm['f1']} / precision {farm['precision']}")
        flagged, n = s["fact_flagged"]
        if n and flagged / n > FLOORS["fact_flag_rate"]:
            failed.append(f"{name}: {flagged} of {n} fact paragraphs flagged")
    if not args.no_real:
        for which in ("scrapinghub", "wcxb_dev"):
            r = real_report(which, args.limit, args.show)
            summary[which] = r
            if r["rate"] > FLOORS["real_flag_rate"]:
                failed.append(f"{which}: {100 * r['rate']:.2f}% of real-news paragraphs flagged")
    print("floors: " + ("all met" if not failed else "MISSED: " + "; ".join(failed)))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=1)
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
