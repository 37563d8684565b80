#!/usr/bin/env python3
"""Plain TF-IDF cosine baseline for repeated stories, beside Winnow's answers at equal false alarms.

Independent of Winnow's score: lower-cased Unicode \\w+ tokens, no stemming, no stopwords, no
boosts; weight (1 + log tf) * idf over the full term vector; cosine.

  stream GOLD PRED   GOLD: stream rows in reading order {id, pos, story_id, kind, title, text,
                     gold_seen_before, [gold_same_topic_seen]}; PRED: Winnow's `history` answers.
                     Each page is scored against every earlier page (best earlier page), idf from
                     the pages read so far (this one included). The baseline's cut lets through
                     as many new stories as Winnow flagged (ties counted against the baseline), and
                     recall per kind is printed for both.
  pairs GOLD PRED    GOLD: {id, a_title, a_text, b_title, b_text, label, kind}; PRED: Winnow's
                     `compare` answers. idf over all pair texts. ROC-AUC overall and per kind
                     (same-story kinds against each negative kind) for both.
"""
import argparse
import gzip
import json
import math
import re
import sys
from collections import Counter, defaultdict

TOKEN = re.compile(r"\w+", re.UNICODE)


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf8") as f:
        return [json.loads(line) for line in f if line.strip()]


def terms(title, text):
    return Counter(TOKEN.findall(((title or "") + "\n" + (text or "")).lower()))


def vector(tf, df, n):
    v = {t: (1.0 + math.log(c)) * math.log((n + 1.0) / (df[t] + 1.0)) for t, c in tf.items()}
    norm = math.sqrt(sum(w * w for w in v.values()))
    return {t: w / norm for t, w in v.items()} if norm > 0 else {}


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def stream_scores(rows):
    """Best cosine to an earlier page, idf from the pages read so far (this one included); the
    earlier pages' vectors are re-weighted with the current idf at every step."""
    import numpy as np
    from scipy import sparse

    vocab, indptr, indices, data = {}, [0], [], []
    for g in rows:
        for t, c in terms(g.get("title"), g.get("text")).items():
            indices.append(vocab.setdefault(t, len(vocab)))
            data.append(1.0 + math.log(c))
        indptr.append(len(indices))
    x = sparse.csr_matrix((np.array(data), np.array(indices), np.array(indptr)), shape=(len(rows), len(vocab)))
    present = x.copy()
    present.data[:] = 1.0
    df = np.zeros(len(vocab))
    sq = x.multiply(x).tocsr()
    out = []
    for i in range(len(rows)):
        df[present.indices[present.indptr[i]:present.indptr[i + 1]]] += 1.0
        if i == 0:
            out.append((0.0, None))
            continue
        idf = np.log((i + 2.0) / (df + 1.0))
        q = x[i].multiply(idf).tocsr()
        qn = math.sqrt(q.multiply(q).sum())
        norms = np.sqrt(sq[:i] @ (idf * idf))
        dots = x[:i] @ (q.multiply(idf)).T.toarray().ravel()
        with np.errstate(divide="ignore", invalid="ignore"):
            cos = np.where(norms > 0, dots / np.maximum(norms, 1e-300), 0.0) / (qn if qn > 0 else 1.0)
        j = int(np.argmax(cos))
        out.append((float(cos[j]), rows[j]["id"]) if cos[j] > 0 else (0.0, None))
    return out


def auc(pos, neg):
    if not pos or not neg:
        return float("nan")
    allv = sorted([(s, 1) for s in pos] + [(s, 0) for s in neg])
    rank_sum, i = 0.0, 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        rank_sum += (i + 1 + j) / 2.0 * sum(l for _, l in allv[i:j])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def cut_for_alarms(new_scores, alarms):
    """Lowest threshold (score >= cut flags) that flags at most `alarms` of the new stories."""
    s = sorted(new_scores, reverse=True)
    if alarms >= len(s):
        return 0.0
    return math.nextafter(s[alarms], math.inf)


def run_stream(gold_path, pred_path, label):
    rows = sorted(load(gold_path), key=lambda g: g["pos"])
    pred = {p["id"]: p for p in load(pred_path)}
    base = stream_scores(rows)
    new = [(g, b) for g, b in zip(rows, base) if not g["gold_seen_before"]]
    alarms = sum(1 for g, _ in new if pred.get(g["id"], {}).get("seen_before"))
    cut = cut_for_alarms([b[0] for _, b in new], alarms)
    kinds = sorted({g["kind"] for g in rows if g["gold_seen_before"]})
    print(f"== {label}: Winnow beside a plain TF-IDF cosine (best earlier page) ==")
    print(f"{'set':34s} {'n':>5s} {'winnow':>8s} {'tf-idf':>8s}")
    for k in kinds + ["all seen before"]:
        sel = [(g, b) for g, b in zip(rows, base) if g["gold_seen_before"] and (k == g["kind"] or k == "all seen before")]
        w = sum(1 for g, _ in sel if pred.get(g["id"], {}).get("seen_before")) / max(1, len(sel))
        t = sum(1 for _, b in sel if b[0] >= cut) / max(1, len(sel))
        print(f"{'recall ' + k:34s} {len(sel):5d} {w:8.4f} {t:8.4f}")
    t_alarms = sum(1 for _, b in new if b[0] >= cut)
    print(f"{'false alarms on new stories':34s} {len(new):5d} {alarms:8d} {t_alarms:8d}")
    print(f"{'tf-idf cut at that count':34s} {'':5s} {'':8s} {cut:8.4f}")
    story = {g["id"]: g["story_id"] for g in rows}
    pos = {g["id"]: g["pos"] for g in rows}
    ok = [story.get(b[1]) == g["story_id"] for g, b in zip(rows, base) if g["gold_seen_before"] and b[0] >= cut]
    wok = [story.get(pred[g["id"]].get("match_id")) == g["story_id"] and pos.get(pred[g["id"]].get("match_id"), 1e9) < g["pos"]
           for g in rows if g["gold_seen_before"] and pred.get(g["id"], {}).get("seen_before")]
    print(f"{'right match among flagged':34s} {'':5s} {sum(wok) / max(1, len(wok)):8.4f} {sum(ok) / max(1, len(ok)):8.4f}")
    if "verdict" in next(iter(pred.values()), {}):
        verdicts = Counter(pred.get(g["id"], {}).get("verdict") for g, _ in new)
        print(f"{'verdicts on new stories':34s} {dict(verdicts)}")


def run_pairs(gold_path, pred_path):
    gold = load(gold_path)
    pred = {p["id"]: float(p["score"]) for p in load(pred_path)}
    tfa = [terms(g.get("a_title"), g.get("a_text")) for g in gold]
    tfb = [terms(g.get("b_title"), g.get("b_text")) for g in gold]
    df = Counter()
    for tf in tfa + tfb:
        df.update(tf.keys())
    n = 2 * len(gold)
    base = {g["id"]: cosine(vector(a, df, n), vector(b, df, n)) for g, a, b in zip(gold, tfa, tfb)}
    by = defaultdict(list)
    for g in gold:
        by[g["kind"]].append(g["id"])
    posk = [k for k in by if any(g["kind"] == k and g["label"] == "same_story" for g in gold)]
    negk = [k for k in by if k not in posk]
    print("== pairs: ROC-AUC, Winnow beside a plain TF-IDF cosine ==")
    allpos = [i for k in posk for i in by[k]]
    allneg = [i for k in negk for i in by[k]]
    rows = [("overall", allpos, allneg)] + [(f"{p} vs {q}", by[p], by[q]) for p in posk for q in negk]
    for name, p, q in rows:
        w = auc([pred.get(i, -1) for i in p], [pred.get(i, -1) for i in q])
        t = auc([base[i] for i in p], [base[i] for i in q])
        print(f"{name:58s} {w:8.4f} {t:8.4f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["stream", "pairs"])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--label", default="stream")
    a = ap.parse_args()
    if a.mode == "stream":
        run_stream(a.gold, a.pred, a.label)
    else:
        run_pairs(a.gold, a.pred)
    return 0


if __name__ == "__main__":
    sys.exit(main())
