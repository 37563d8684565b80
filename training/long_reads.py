"""Long reads for training: real article pages whose story is lengthened with other articles'
gold paragraphs, set right after the story's last paragraph, so that the data (not a constant)
tells the block model that an article's tail stays content however long the page runs.

Why: the development pages are of ordinary length; there the last fifth of a page's text is
mostly comments, related links and footers, and a model trained on them alone read the tail of a
long read (a transcript, a long report) as chrome. Deterministic: pages and lengths are chosen by
hash, the inserted paragraphs taken in order from other pages of the same set."""
import hashlib, html, json, re

# One page in SHARE is lengthened; its story is made FACTORS times longer (by words).
SHARE = 3
FACTORS = (4, 8, 16)
MIN_WORDS = 12  # a gold line shorter than this is not taken as a paragraph
GAP = r'(?:\s|<[^>]*>|&#?\w+;)+'


def _hash(s):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16)


def _paragraphs(gold):
    return [l.strip() for l in (gold or '').split('\n') if len(l.split()) >= MIN_WORDS]


def _story_end(page_html, gold):
    """Where the story's last paragraph closes in the page's HTML (after its `</p>`), or None:
    the last gold paragraph's final words, found with any tags and entities between them."""
    for line in reversed(_paragraphs(gold)[-3:]):
        words = re.findall(r'\w+', line)[-5:]
        if len(words) < 5:
            continue
        m = None
        for m in re.finditer(GAP.join(map(re.escape, words)), page_html):
            pass
        if m:
            close = page_html.find('</p>', m.end())
            block = page_html.find('<', m.end())
            if close >= 0 and close == block:  # the paragraph ends right after its words
                return close + len('</p>')
    return None


def lengthen(recs, setname, is_holdout, host):
    """Long-read versions of a share of `recs` (full-gold article pages, never the final
    holdout): the story followed by other pages' gold paragraphs up to FACTORS times its words."""
    donors = [(r, _paragraphs(r.get('gold_text'))) for r in recs]
    pool = [(host(r.get('url')), p) for r, ps in donors for p in ps]
    out = []
    for r in recs:
        if (r.get('page_type') or 'article') != 'article' or is_holdout(host(r.get('url'))):
            continue
        h = _hash(setname + str(r['id']))
        gold = r.get('gold_text') or ''
        at = _story_end(r.get('html') or '', gold)
        if h % SHARE or at is None or not pool:
            continue
        want = FACTORS[(h // SHARE) % len(FACTORS)] * len(gold.split())
        own, added, words, i = host(r.get('url')), [], 0, h % len(pool)
        while words < want:
            i = (i + 1) % len(pool)
            if pool[i][0] != own:
                added.append(pool[i][1])
                words += len(pool[i][1].split())
        body = ''.join(f'<p>{html.escape(p)}</p>' for p in added)
        out.append({'id': f"long-{setname}-{r['id']}", 'url': r.get('url') or '',
                    'html': r['html'][:at] + body + r['html'][at:],
                    'gold_text': gold + '\n' + '\n'.join(added), 'page_type': 'article'})
    return out


def write_if_changed(path, recs):
    """Writes the pages as JSONL unless the file already holds them (its time then stays, and
    so does the cache of their feature rows)."""
    text = ''.join(json.dumps(r) + '\n' for r in recs)
    try:
        with open(path, encoding='utf8') as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, 'w', encoding='utf8') as f:
        f.write(text)
