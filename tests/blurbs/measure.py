#!/usr/bin/env python3
"""The share of site blurbs Winnow marks on a site's first page (no template memory), on the
content-farm pages of a page set (pages.json by default; heldout4.json, when the lead adds it, is the one set nobody tuned on),
and the share of story paragraphs it marks by mistake.
Pages alternate between a WordPress-like theme and div soup (hashed classes, no semantic tags),
blurbs at the top of the post (as the seeds have them) and at its end.
usage: tests/blurbs/measure.py [--pages tests/blurbs/pages.json] [--bin build/native/winnow] [--floor 0.9]
       (exit 1 below floor or when a story paragraph is marked; exit 2 on a malformed page set)"""
import argparse, html, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def wordpress(p, top, bottom):
    para = lambda t: f'<p>{html.escape(t)}</p>'
    return f"""<!doctype html><html lang="{p['lang']}"><head><meta charset="utf-8"><title>{html.escape(p['title'])} - {p['site']}</title></head>
<body><header class="site-header"><a href="/">{p['site']}</a><nav class="main-nav"><ul><li><a href="/">Home</a></li>
<li><a href="/world">World</a></li><li><a href="/tech">Tech</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">{html.escape(p['title'])}</h1>
<div class="entry-meta">3 min read</div>
<div class="entry-content">{''.join(map(para, top))}{''.join(map(para, p['paragraphs']))}{''.join(map(para, bottom))}</div>
</article></main>
<aside class="sidebar"><h3>Latest Posts</h3><ul><li><a href="/a">Markets close higher on Friday</a></li>
<li><a href="/b">Ten gadgets for your kitchen</a></li><li><a href="/c">The week in pictures</a></li></ul></aside>
<footer class="site-footer"><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> &copy; 2025 {p['site']}</footer></body></html>"""


def divsoup(p, top, bottom):
    div = lambda t: f'<div class="css-q8x1">{html.escape(t)}</div>'
    return f"""<!doctype html><html lang="{p['lang']}"><head><meta charset="utf-8"><title>{html.escape(p['title'])}</title></head>
<body><div class="css-1a2b"><div class="css-9zz"><a href="/">Home</a> <a href="/news">News</a> <a href="/life">Life</a> <a href="/contact">Contact</a></div>
<div class="css-7k1"><div class="css-h1">{html.escape(p['title'])}</div>
{''.join(map(div, top))}{''.join(map(div, p['paragraphs']))}{''.join(map(div, bottom))}</div>
<div class="css-r4il"><div class="css-t">Trending now</div><div><a href="/x">Five tips for better sleep</a></div>
<div><a href="/y">What the new tax rules mean</a></div></div></div></body></html>"""


def malformed(message):
    print(message, file=sys.stderr)
    sys.exit(2)


def load(path):
    """The page list of a page set, or SystemExit with what is wrong in it."""
    try:
        with open(path, encoding='utf8') as f:
            spec = json.load(f)['pages']
    except (OSError, ValueError, KeyError, TypeError) as e:
        malformed(f'{path}: not a page set ({type(e).__name__}: {e})')
    if not isinstance(spec, list) or not spec:
        malformed(f'{path}: "pages" is not a non-empty list')
    for i, p in enumerate(spec):
        if not isinstance(p, dict):
            malformed(f'{path}: page {i} is not an object')
        missing = [k for k in ('site', 'lang', 'title', 'blurbs', 'paragraphs') if not p.get(k)]
        texts = [t for k in ('blurbs', 'paragraphs') if isinstance(p.get(k), list) for t in p[k]]
        if missing or not all(isinstance(t, str) and t.strip() for t in texts) or len(set(texts)) != len(texts):
            malformed(f'{path}: page {i} ({p.get("site")}): missing {missing or "nothing"}, or a text empty or repeated')
    return spec


def pages(path):
    for i, p in enumerate(load(path)):
        half = (len(p['blurbs']) + 1) // 2
        top, bottom = p['blurbs'][:half], p['blurbs'][half:]
        page = (wordpress if i % 2 == 0 else divsoup)(p, top, bottom)
        yield p, {'id': i, 'url': f"https://www.{p['site']}/2025/06/{i}/story", 'html': page}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pages', default=os.path.join(HERE, 'pages.json'))
    ap.add_argument('--bin', default=os.path.join(HERE, '../../build/native/winnow'))
    ap.add_argument('--floor', type=float, default=0.9)
    a = ap.parse_args()
    spec, recs = zip(*pages(a.pages))
    out = subprocess.run([a.bin, 'extract'], input=''.join(json.dumps(r) + '\n' for r in recs).encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    blurbs = marked = as_blurb = paras = para_marked = 0
    by_lang = {}
    for p, line in zip(spec, out.splitlines()):
        verdict = {b['text']: b for b in json.loads(line)['blocks']}
        for t in p['blurbs']:
            b = verdict.get(t)
            hit = b is not None and b['label'] == 'boilerplate'
            blurbs += 1
            marked += hit
            as_blurb += hit and b['kind'] == 'blurb'
            lang = by_lang.setdefault(p['lang'], [0, 0])
            lang[0] += hit
            lang[1] += 1
            if not hit:
                why = 'not one block' if b is None else 'kept'
                print(f"{why}: [{p['lang']}] {t[:90]}", file=sys.stderr)
        for t in p['paragraphs']:
            b = verdict.get(t)
            paras += 1
            wrong = b is None or b['label'] == 'boilerplate'
            para_marked += wrong
            if wrong:
                why = 'not one block' if b is None else 'story marked'
                print(f"{why}: [{p['lang']}] {t[:90]}", file=sys.stderr)
    share = marked / blurbs
    print(f'blurbs marked on a site\'s first page: {marked}/{blurbs} = {share:.3f} (as kind blurb: {as_blurb}); '
          + ', '.join(f'{k} {v[0]}/{v[1]}' for k, v in sorted(by_lang.items()))
          + f'; story paragraphs marked: {para_marked}/{paras}')
    return 0 if share >= a.floor and para_marked == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
