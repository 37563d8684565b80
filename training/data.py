"""Training data for the boilerplate model: the core's own feature rows (`winnow features`) for
every page of the shared sets, each block labelled against the page's gold, pages grouped by
host. Rows are cached under build/training/ (regenerated when the binary is newer)."""
import gzip, hashlib, json, os, re, subprocess, sys
from collections import Counter

import numpy as np

import long_reads

TOKEN_RE = re.compile(r'\w+', re.UNICODE)
KINDS = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service']


def tokens(text):
    return TOKEN_RE.findall((text or '').lower())


def host(url):
    h = (url or '').split('://', 1)[-1].split('/', 1)[0].lower()
    return h[4:] if h.startswith('www.') else h


def is_final_holdout(h):
    """The final fold, looked at once at the end: a fifth of the hosts, by hash."""
    return int(hashlib.sha1(h.encode()).hexdigest(), 16) % 5 == 0


def read_jsonl(path):
    with (gzip.open(path, 'rt', encoding='utf8') if path.endswith('.gz') else open(path, encoding='utf8')) as f:
        return [json.loads(l) for l in f if l.strip()]


def read_features(path):
    """The dump as {id: (texts, rows as an array)}, converted line by line (the dump is large)."""
    out = {}
    with gzip.open(path, 'rt', encoding='utf8') as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                if 'x' in d:
                    out[str(d['id'])] = (d['text'], np.asarray(d['x'], dtype=np.float64).reshape(len(d['text']), -1) if d['text'] else None)
    return out


def dump_features(binary, src, cache):
    """Runs `winnow features` over a JSONL(.gz) set unless the cache is newer than both."""
    if os.path.exists(cache) and os.path.getmtime(cache) > max(os.path.getmtime(binary), os.path.getmtime(src)):
        return read_features(cache)
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    recs = read_jsonl(src)
    inp = '\n'.join(json.dumps({'id': r['id'], 'url': r.get('url') or '', 'html': r.get('html') or ''}) for r in recs)
    out = subprocess.run([binary, 'features'], input=inp.encode(), stdout=subprocess.PIPE, check=True).stdout
    with gzip.open(cache, 'wb') as f:
        f.write(out)
    return read_features(cache)


# A page's gold text is taken as at least this share of its words when weighting its blocks
# (a page whose gold is nearly empty would otherwise outweigh hundreds of others).
GOLD_FLOOR = 0.1


def label_full(texts, gold):
    """Content (1) when most of a block's word trigrams (short blocks: its whole word run) occur
    in the gold text. A block's weight is its words over the page's gold words: what keeping a
    chrome block or dropping a content block costs the page's word F1 (WCXB's score), whose
    denominator is about twice the gold; so pages with a small main text among much chrome
    (shops, collections) weigh their chrome as their score does."""
    g = tokens(gold)
    tri = set(zip(g, g[1:], g[2:]))
    joined = ' ' + ' '.join(g) + ' '
    ys, ws = [], []
    total = max(len(g), GOLD_FLOOR * sum(len(tokens(t)) for t in texts), 1)
    for t in texts:
        tk = tokens(t)
        if len(tk) >= 3:
            grams = list(zip(tk, tk[1:], tk[2:]))
            y = sum(x in tri for x in grams) / len(grams) >= 0.5
        else:
            y = bool(tk) and (' ' + ' '.join(tk) + ' ') in joined
        ys.append(int(y))
        ws.append(len(tk) / total)
    return ys, ws


def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def label_snippets(texts, with_, without):
    """Snippet-only gold: a block holding (or held by) a `with` snippet is content, one holding
    a `without` snippet boilerplate, the rest unknown (weight 0)."""
    w = [norm(s) for s in with_ or [] if norm(s)]
    wo = [norm(s) for s in without or [] if norm(s)]
    ys, ws = [], []
    known = []
    for t in texts:
        n = norm(t)
        y = None
        if n and any(s in n or (len(n) > 20 and n in s) for s in w):
            y = 1
        elif n and any(s in n or (len(n) > 20 and n in s) for s in wo):
            y = 0
        known.append(y)
    total = sum(len(tokens(t)) for t, y in zip(texts, known) if y is not None) or 1
    for t, y in zip(texts, known):
        ys.append(0 if y is None else y)
        ws.append(0.0 if y is None else len(tokens(t)) / total)
    return ys, ws


class Pages:
    """All blocks of a set: X, y, w, page index per block; per page id, host, kind, gold."""

    def __init__(self):
        self.X, self.y, self.w, self.page = [], [], [], []
        self.ids, self.hosts, self.kinds, self.golds, self.texts, self.sets = [], [], [], [], [], []
        self.withs, self.withouts = [], []

    def add(self, setname, recs, feats, full_gold):
        self.cols = next(x.shape[1] for _, x in feats.values() if x is not None)
        for r in recs:
            f = feats.get(str(r['id']))
            if not f:
                continue
            texts, x = f
            if x is None:  # no block at all: the page still counts, with empty output
                texts, x = [], np.zeros((0, self.cols))
            if full_gold:
                ys, ws = label_full(texts, r.get('gold_text', ''))
            else:
                ys, ws = label_snippets(texts, r.get('with'), r.get('without'))
            p = len(self.ids)
            self.ids.append(str(r['id']))
            self.hosts.append(host(r.get('url')) or setname + str(r['id']))
            self.kinds.append(r.get('page_type') or 'article')  # ScrapingHub and trafilatura: article pages
            self.golds.append(r.get('gold_text', ''))
            self.texts.append(texts)
            self.sets.append(setname)
            self.withs.append(r.get('with') or [])
            self.withouts.append(r.get('without') or [])
            self.X.append(x)
            self.y.extend(ys)
            self.w.extend(ws)
            self.page.extend([p] * len(texts))

    def arrays(self):
        self.X = np.concatenate(self.X, axis=0)
        self.y = np.asarray(self.y, dtype=np.int64)
        self.w = np.asarray(self.w, dtype=np.float64)
        self.page = np.asarray(self.page, dtype=np.int64)
        self.hosts = np.asarray(self.hosts)
        self.kinds = np.asarray(self.kinds)
        self.sets = np.asarray(self.sets)
        return self


def load(binary, data_dir, cache_dir):
    """The three shared sets, then the long reads made from the full-gold ones (set
    `long_reads`: trained on, never scored)."""
    pages = Pages()
    full_gold = []
    for name, full in (('wcxb_dev', True), ('scrapinghub', True), ('trafilatura_eval', False)):
        src = os.path.join(data_dir, name + '.jsonl.gz')
        recs = read_jsonl(src)
        feats = dump_features(binary, src, os.path.join(cache_dir, name + '.features.jsonl.gz'))
        pages.add(name, recs, feats, full)
        print(f'{name}: {len(recs)} pages', file=sys.stderr)
        if full:
            held = is_final_holdout if name == 'wcxb_dev' else (lambda h: False)
            full_gold += long_reads.lengthen(recs, name, held, host)
    src = os.path.join(cache_dir, 'long_reads.jsonl')
    long_reads.write_if_changed(src, full_gold)
    pages.add('long_reads', full_gold, dump_features(binary, src, src + '.features.jsonl.gz'), True)
    print(f'long_reads: {len(full_gold)} pages', file=sys.stderr)
    return pages.arrays()


def page_rows(pages, chars_col):
    """Per page: the char-weighted mean of its block rows (the page-type model's input, as
    learned.cpp computes it)."""
    n = len(pages.ids)
    out = np.zeros((n, pages.X.shape[1]))
    wsum = np.zeros(n)
    c = pages.X[:, chars_col]
    np.add.at(out, pages.page, pages.X * c[:, None])
    np.add.at(wsum, pages.page, c)
    nz = wsum > 0
    out[nz] /= wsum[nz, None]
    return out
