#!/usr/bin/env python3
"""Trains the site-blurb model (core/src/classify/blurb.h): a small gradient-boosted tree ensemble
(depth 2 to 4: pairs and triples of inputs, as "addresses the reader" and "names no one") over the blurb inputs the
core computes (`winnow features --blurb`), written as core/src/classify/blurb_model.inc (the
forest tables of forest.h). One input is a word model's score (blurb_grams.py: a logistic regression
over the text's words and word pairs, stacked out-of-fold), written as blurb_grams.inc. A logistic
regression over the other inputs is reported beside it (and, with --ablate, the trees without the
word input).

Positives: the blurbs of the development sets (SETS; a blind set is never read here). Negatives:
their story paragraphs, and the gold paragraphs of wcxb_dev's article pages outside the final
holdout (training/data.py). Folds are grouped by site (made-up sets; a site in two sets is one group)
and host (wcxb); the depth, the real paragraphs' weight and the
cut are chosen on out-of-fold scores: the lowest cut at which at most MAX_FP of the real and of
the made-up story paragraphs score above it, and the model whose out-of-fold recall is best there.
ScrapingHub is never trained on: `--fp BIN` measures on it (and on wcxb's final holdout) the
share of real article paragraphs a binary's `blurb` column marks.

usage: training/blurbs.py [--bin build/native/winnow] [--write] [--ablate] [--sets pages.json,dev.json,...] [--only 4,3]
       training/blurbs.py --fp BIN"""
import argparse, gzip, json, os, subprocess, sys
from collections import defaultdict

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'training'))
sys.path.insert(0, os.path.join(ROOT, 'tests', 'blurbs'))
import blurb_grams  # noqa: E402
import data  # noqa: E402
import export  # noqa: E402
import measure  # noqa: E402

EVAL = os.path.join(ROOT, '..', 'shared', 'eval', 'boilerplate')
SETS = ['pages.json', 'dev.json', 'heldout.json', 'heldout2.json', 'dev2.json', 'heldout3.json',  # all seen:
        'dev3.json', 'dev4.json', 'dev5.json', 'dev6.json', 'dev7.json', 'dev8.json', 'dev9.json',  # development
        'dev10.json', 'dev11.json', 'dev12.json']
MAX_FP = 0.004                              # made-up story paragraphs marked: the costly error (under 0.5%)
MAX_FP_REAL = 0.002                         # real article paragraphs marked (the news of ScrapingHub follow it)
PARAGRAPH_MIN_CHARS = 15                    # a real paragraph: the least the core judges (settings::kBlurbMinChars)
TREES = [dict(max_depth=d, max_iter=n, learning_rate=0.1, random_state=0)  # in the hot path: few and shallow
         for d in (3, 4) for n in (100, 200)]
DECREASING = ()                             # none: cohesion's -1 (unknown, cohesion.h) lies below its 0
INCREASING = ('lexical',)                   # the word input's log-odds: more never tells less
REAL_SHARES = (1, 3, 6)                     # real paragraphs' weight against the blurbs' and made-up stories'
OUT = os.path.join(ROOT, 'core', 'src', 'classify', 'blurb_model.inc')
GRAMS_OUT = os.path.join(ROOT, 'core', 'src', 'classify', 'blurb_grams.inc')


def run_features(binary, recs, blurb):
    inp = ''.join(json.dumps({'id': r['id'], 'url': r.get('url') or '', 'html': r.get('html') or ''}) + '\n'
                  for r in recs)
    cmd = [binary, 'features'] + (['--blurb'] if blurb else [])
    out = subprocess.run(cmd, input=inp.encode(), stdout=subprocess.PIPE, check=True).stdout.decode()
    return {str(d['id']): d for d in map(json.loads, out.splitlines()) if 'x' in d}


def names(binary, blurb):
    cmd = [binary, 'features', '--names'] + (['--blurb'] if blurb else [])
    return json.loads(subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout)


def judged(row, cols):
    """The core judges the text at all (blurb_sized: settings::kBlurb*)."""
    return row[cols.index('judged')] > 0.5


def article_pages(name, holdout):
    """Article records of a shared set; wcxb_dev split into its final holdout or the rest."""
    recs = data.read_jsonl(os.path.join(EVAL, name))
    if name.startswith('wcxb'):
        recs = [r for r in recs if r.get('page_type') == 'article'
                and data.is_final_holdout(data.host(r.get('url'))) == holdout]
    for r in recs:
        r['id'] = f"{name}:{r['id']}"
    return recs


def gold_paragraphs(recs, feats):
    """(page host, block row, its grams) of every block the gold text holds (training/data.py's
    labelling)."""
    for r in recs:
        d = feats.get(str(r['id']))
        if not d:
            continue
        ys, _ = data.label_full(d['text'], r.get('gold_text', ''))
        for t, x, g, y in zip(d['text'], d['x'], d.get('grams') or [''] * len(ys), ys):
            if y and len(t) >= PARAGRAPH_MIN_CHARS:
                yield data.host(r.get('url')), x, blurb_grams.grams(g)


def made_up_rows(binary, sets):
    """(site, lang, label, row, grams) for every blurb (1) and story paragraph (0) of the made-up sets."""
    out = []
    for s in sets:
        spec, recs = zip(*measure.pages(os.path.join(ROOT, 'tests', 'blurbs', s)))
        recs = [dict(r, id=f'{s}:{r["id"]}') for r in recs]
        feats = run_features(binary, recs, True)
        for p, r in zip(spec, recs):
            d = feats[r['id']]
            by_text = dict(zip(d['text'], zip(d['x'], map(blurb_grams.grams, d['grams']))))
            for label, key in ((1, 'blurbs'), (0, 'paragraphs')):
                out += [(p['site'], p['lang'], label) + by_text[t] for t in p[key] if t in by_text]  # a site in two sets: one group
    return out


def dataset(binary, sets):
    cols = names(binary, True)
    made = made_up_rows(binary, sets)
    wcxb = list(gold_paragraphs(*(lambda r: (r, run_features(binary, r, True)))(
        article_pages('wcxb_dev.jsonl.gz', holdout=False))))
    rows = [(g, lang, y, x, 'made', gr) for g, lang, y, x, gr in made] + [(h, '', 0, x, 'real', gr) for h, x, gr in wcxb]
    rows = [r for r in rows if judged(r[3], cols)]
    k = len(cols) - 1
    X = np.array([r[3][:k] for r in rows], dtype=float)
    X[:, cols.index('lexical')] = 0  # the committed word model's score: set per fold (trees_out_of_fold)
    G = [r[5] for r in rows]
    y = np.array([r[2] for r in rows])
    groups = np.array([r[0] for r in rows])
    real = np.array([r[4] == 'real' for r in rows])
    langs = np.array([r[1] for r in rows])
    unjudged = sum(1 for _, _, y_, x, _ in made if y_ and not judged(x, cols))
    return cols[:k], X, y, groups, real, langs, unjudged, G


def weights(y, real, real_share=1):
    """Blurbs and made-up story paragraphs weigh alike, real paragraphs `real_share` times as much
    (the cut is set among the real ones: the model must rank them well there)."""
    w = np.ones(len(y))
    shares = (1, 1, real_share)
    for share, mask in zip(shares, (y == 1, (y == 0) & ~real, real)):
        w[mask] = share / max(mask.sum(), 1)
    return w * len(y) / sum(shares)


def fit_linear(X, y, w):
    """The baseline: a logistic regression over the standardised inputs, as (weights, bias)."""
    mu, sd = X.mean(0), X.std(0) + 1e-9
    m = LogisticRegression(max_iter=5000).fit((X - mu) / sd, y, sample_weight=w)
    coef = m.coef_[0] / sd
    return lambda Z: Z @ coef + float(m.intercept_[0] - (coef * mu).sum())


def fit_trees(X, y, w, params):
    m = HistGradientBoostingClassifier(**params).fit(X, y, sample_weight=w)
    m.score_of = m.decision_function
    return m


def out_of_fold(X, y, w, groups, fit):
    s = np.zeros(len(y))
    for tr, te in GroupKFold(5).split(X, y, groups):
        m = fit(X[tr], y[tr], w[tr])
        s[te] = m.score_of(X[te]) if hasattr(m, 'score_of') else m(X[te])
    return s


def choose_cut(s, y, real):
    """The lowest cut at which at most MAX_FP_REAL of real and MAX_FP of made-up story paragraphs
    score above."""
    cut = -np.inf
    for mask, max_fp in ((real, MAX_FP_REAL), ((y == 0) & ~real, MAX_FP)):
        neg = np.sort(s[mask])[::-1]
        k = int(np.floor(max_fp * len(neg)))
        cut = max(cut, neg[k] if k < len(neg) else -np.inf)
    return float(cut)


def report(tag, s, cut, y, real, langs):
    pos = y == 1
    story = (y == 0) & ~real
    by = defaultdict(lambda: [0, 0])
    for l, hit in zip(langs[pos], s[pos] > cut):
        by[l][0] += hit
        by[l][1] += 1
    print(f'{tag}: blurbs {int((s[pos] > cut).sum())}/{pos.sum()} = {(s[pos] > cut).mean():.3f} ('
          + ', '.join(f'{l} {a}/{b}' for l, (a, b) in sorted(by.items())) + f'); made-up story paragraphs '
          f'{int((s[story] > cut).sum())}/{story.sum()}; wcxb article paragraphs {int((s[real] > cut).sum())}/'
          f'{real.sum()} = {(s[real] > cut).mean():.4f}')


def trees_out_of_fold(X, y, w, groups, G, params, lexical):
    """Out-of-fold scores of the tree ensemble, the word input stacked in each fold (lexical[n]:
    fold n's column, filled on first use: it depends on the weights, not on the trees)."""
    s = np.zeros(len(y))
    lex = len(X[0]) - 1
    for n, (tr, te) in enumerate(GroupKFold(5).split(X, y, groups)):
        if n not in lexical:
            lexical[n] = blurb_grams.stacked(G, y, w, groups, tr, te)[0]
        Xn = X.copy()
        Xn[:, lex] = lexical[n]
        s[te] = fit_trees(Xn[tr], y[tr], w[tr], params).decision_function(Xn[te])
    return s


def train(a):
    cols, X, y, groups, real, langs, unjudged, G = dataset(a.bin, a.sets)
    assert cols[-1] == 'lexical'
    w = weights(y, real)
    print(f'{(y == 1).sum()} blurbs ({unjudged} outside the judged size), {((y == 0) & ~real).sum()} made-up '
          f'story paragraphs, {real.sum()} wcxb article paragraphs; folds grouped by site and host')
    s = out_of_fold(X[:, :-1], y, w, groups, fit_linear)
    report('baseline, logistic regression (without the word input), out-of-fold', s, choose_cut(s, y, real), y,
           real, langs)
    best = None
    monotonic = [-1 if c in DECREASING else 1 if c in INCREASING else 0 for c in cols]
    for share in a.only[1:] or REAL_SHARES:
        ws, lexical = weights(y, real, share), {}
        for params in [dict(t, monotonic_cst=monotonic) for t in TREES if not a.only or t['max_depth'] == a.only[0]]:
            for tag, with_words in (('', True), (', without the word input', False))[:1 + a.ablate]:
                s = trees_out_of_fold(X, y, ws, groups, G, params, lexical) if with_words else \
                    out_of_fold(X, y, ws, groups, lambda X_, y_, w_: fit_trees(X_, y_, w_, params))
                cut = choose_cut(s, y, real)
                report(f'trees {params["max_iter"]} x depth {params["max_depth"]}, real weighted x{share}{tag}, '
                       f'out-of-fold, cut {cut:.3f}', s, cut, y, real, langs)
                recall = (s[y == 1] > cut).mean()
                if with_words and (best is None or recall > best[0]):
                    best = (recall, params, cut, share)
    recall, params, cut, share = best
    params = dict(params, real_share=share)
    ws = weights(y, real, share)
    X[:, -1], words = blurb_grams.stacked(G, y, ws, groups, np.arange(len(y)), np.arange(0))
    model = fit_trees(X, y, ws, {k: v for k, v in params.items() if k != 'real_share'})
    report('training fit', model.decision_function(X), cut, y, real, langs)
    if a.write:
        write(cols, model, cut, params, recall, int((y == 1).sum()), int((y == 0).sum()), a.sets)
        blurb_grams.write(words, GRAMS_OUT, f'{len(words[1])} grams seen on {blurb_grams.MIN_GROUPS}+ sites, '
                          f'fitted on the rows of blurb_model.inc (real paragraphs weighted x{share}).')


def write(cols, model, cut, params, recall, n_pos, n_neg, sets):
    lines = [f'// Generated by training/blurbs.py --write; do not edit. {params["max_iter"]} trees of depth '
             f'{params["max_depth"]} over blurb_inputs() (real paragraphs weighted x{params["real_share"]})',
             f'// ({", ".join(cols)}): a judged text is a blurb when its score is above kBlurbCut. Trained on',
             f'// {n_pos} blurbs (tests/blurbs/{", ".join(sets)}) and {n_neg} story and wcxb article paragraphs;',
             f'// the model and the cut chosen on folds grouped by site and host (out-of-fold blurb recall '
             f'{recall:.3f}).',
             f'constexpr std::size_t kBlurbModelInputs = {len(cols)};']
    lines += export._forest(model, 'Blurb')
    lines.append(f'constexpr double kBlurbCut = {cut!r};')
    with open(OUT, 'w', encoding='utf8') as f:
        f.write('\n'.join(lines) + '\n')
    print(f'wrote {os.path.relpath(OUT, ROOT)}')


def false_positives(binary):
    """Share of real article paragraphs (gold, PARAGRAPH_MIN_CHARS+) whose `blurb` column is set."""
    col = names(binary, False).index('blurb')
    for name, holdout in (('scrapinghub.jsonl.gz', None), ('wcxb_dev.jsonl.gz', True)):
        recs = article_pages(name, holdout)
        marked = [x[col] > 0.5 for _, x, _ in gold_paragraphs(recs, run_features(binary, recs, False))]
        label = 'scrapinghub' if holdout is None else 'wcxb_dev final holdout, articles'
        print(f'{label}: gold paragraphs called blurbs {sum(marked)}/{len(marked)} = {sum(marked) / len(marked):.4f}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(ROOT, 'build', 'native', 'winnow'))
    ap.add_argument('--write', action='store_true')
    ap.add_argument('--fp', metavar='BIN')
    ap.add_argument('--ablate', action='store_true', help='also the trees without the word input')
    ap.add_argument('--only', type=lambda v: tuple(map(int, v.split(','))), default=(), metavar='DEPTH,SHARE',
                    help='one depth and real weight, already chosen on the folds (a shorter --write)')
    ap.add_argument('--sets', type=lambda v: v.split(','), default=SETS,
                    help='development sets to read (a subset: to compare with an earlier figure)')
    a = ap.parse_args()
    if a.fp:
        false_positives(a.fp)
    else:
        train(a)


if __name__ == '__main__':
    main()
