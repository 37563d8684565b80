#!/usr/bin/python3
"""Fits the filler model and writes core/src/classify/filler_model.inc.

Data: the judged paragraphs (winnow/filler.h: not the lede, not a heading, nothing new in
them) of tests/filler/dev, labelled, and of the gold text of ScrapingHub's pages in English,
German and French, taken as not filler (real news). tests/filler/holdout and wcxb_dev are never
read here: eval.py scores them. Features come from `winnow filler`, so the trainer reads
exactly what the core computes. Reports the figures of a 5-fold cross-validation grouped by
article (no article in both train and test folds) beside a one-rule baseline, then fits on
everything and writes the weights.

  /usr/bin/python3 scripts/filler/train.py [--write]     (needs python3-sklearn)
"""
import argparse
import os

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

import dataset

FEATURES = ("stock", "vague", "repeat_best", "repeat_all", "log_words", "last", "page_stock")
MODEL = os.path.join(dataset.ROOT, "core", "src", "classify", "filler_model.inc")
C = 1.0  # scikit-learn's default regularisation: nothing here was tuned on the scores
WEIGHTS = "balanced"


def dev_rows():
    arts = dataset.load_articles(os.path.join(dataset.ROOT, "tests", "filler", "dev"))
    recs = [{"id": a["name"], "title": a["title"], "lang": a["lang"],
             "paragraphs": [{"text": b["text"], "heading": b["heading"]} for b in a["blocks"]]} for a in arts]
    rows = []
    for art, ans in zip(arts, dataset.run_winnow(["filler"], recs)):
        for blk, p in zip(art["blocks"], ans["paragraphs"]):
            if blk["heading"]:
                continue
            rows.append({"group": art["name"], "kind": art["style"], "x": p["x"], "judged": p["judged"],
                         "own": p["own_words"], "y": int(blk["label"] is not None),
                         "words": len(blk["text"].split())})
    return rows


def real_rows():
    pages = list(dataset.real_pages("scrapinghub"))
    langs = dataset.run_winnow(["extract"], [{"id": p["id"], "url": p["url"], "html": p["html"]} for p in pages])
    recs = []
    for page, ans in zip(pages, langs):
        if ans.get("lang") not in ("en", "de", "fr"):
            continue
        paras = dataset.gold_paragraphs(page["gold_text"])
        recs.append({"id": page["id"], "title": ans.get("title", ""), "lang": ans["lang"],
                     "paragraphs": [{"text": t, "heading": dataset.looks_like_heading(t)} for t in paras]})
    rows = []
    for rec, ans in zip(recs, dataset.run_winnow(["filler"], recs)):
        for src, p in zip(rec["paragraphs"], ans["paragraphs"]):
            if "x" in p and not src["heading"]:
                rows.append({"group": rec["id"], "kind": "real", "x": p["x"], "judged": p["judged"],
                             "own": p["own_words"], "y": 0,
                             "words": len(src["text"].split())})
    return rows


def baseline(x):
    return (np.asarray(x)[:, 0] >= 1).astype(int)  # judged and at least one stock phrase


def report(name, rows, pred):
    farm = [(r["y"], p) for r, p in zip(rows, pred) if r["kind"] == "farm"]
    tp = sum(1 for y, p in farm if y and p)
    fp = sum(1 for y, p in farm if not y and p)
    fn = sum(1 for y, p in farm if y and not p)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    facts = [p for r, p in zip(rows, pred) if r["kind"] in ("wire", "analysis")]
    real = [p for r, p in zip(rows, pred) if r["kind"] == "real" and r["words"] >= 40]
    print(f"{name:<34} farm P {prec:.3f} R {rec:.3f} F1 {f1:.3f} | wire/analysis flagged "
          f"{sum(facts)}/{len(facts)} | ScrapingHub 40+ words flagged {sum(real)}/{len(real)} "
          f"({100 * sum(real) / max(len(real), 1):.2f}%)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write core/src/classify/filler_model.inc")
    args = ap.parse_args()
    rows = dev_rows() + real_rows()
    missed = sum(1 for r in rows if r["y"] and not r["judged"])
    rows_j = [r for r in rows if r["judged"]]
    x = np.array([r["x"] for r in rows_j])
    y = np.array([r["y"] for r in rows_j])
    groups = np.array([r["group"] for r in rows_j])
    print(f"paragraphs: {len(rows)} ({sum(r['y'] for r in rows)} filler); judged {len(rows_j)} "
          f"({int(y.sum())} filler); filler the gate keeps from judgement: {missed}")
    cv = np.zeros(len(rows_j), dtype=int)
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        model = LogisticRegression(C=C, max_iter=1000, class_weight=WEIGHTS).fit(x[train], y[train])
        cv[test] = model.predict(x[test])
    index = {id(r): i for i, r in enumerate(rows_j)}
    # The core flags a judged paragraph only when it shows padding in its own words (own_words).
    expand = lambda pred: [int(pred[index[id(r)]]) if r["own"] else 0 for r in rows]  # noqa: E731
    report("baseline (judged + a stock phrase)", rows, expand(baseline(x)))
    report("logistic regression, 5-fold CV", rows, expand(cv))
    model = LogisticRegression(C=C, max_iter=1000, class_weight=WEIGHTS).fit(x, y)
    report("logistic regression, fit on all", rows, expand(model.predict(x)))
    print("weights: " + ", ".join(f"{n} {w:+.3f}" for n, w in zip(FEATURES, model.coef_[0]))
          + f", bias {model.intercept_[0]:+.3f}")
    if args.write:
        with open(MODEL, "w") as f:
            f.write("// Generated by scripts/filler/train.py --write; do not edit. Logistic regression over the\n"
                    "// features of winnow/filler.h (in that order): a judged paragraph that shows padding in\n"
                    "// its own words (Features::own_words) is filler when the score is above 0.\n"
                    f"// Trained on {len(rows_j)} judged paragraphs ({int(y.sum())} filler).\n")
            f.write(f"inline constexpr double kFillerBias = {model.intercept_[0]:.6f};\n")
            f.write("inline constexpr double kFillerWeights[] = {"
                    + ", ".join(f"{w:.6f}" for w in model.coef_[0]) + "};\n")
        print(f"wrote {os.path.relpath(MODEL, dataset.ROOT)}")


if __name__ == "__main__":
    main()
