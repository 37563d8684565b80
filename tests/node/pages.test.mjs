// Validates the fixture pages in tests/pages/ and their gold labels (no build needed):
//   node --test tests/node/
// Every page has a well-formed gold file; every gold snippet is found in the page's text; every
// text block of the page is labelled; no page makes the browser fetch anything from elsewhere;
// reading-order.json names every page once, in an order whose expected verdicts are consistent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  PAGES_DIR, listPages, goldPathFor, loadPage, loadReadingOrder, checkPage, checkGoldShape,
  checkReadingOrder, textBlocks, externalResources,
} from '../pages/gold.mjs';

const pages = listPages();

test('there are fixture pages on at least three sites', () => {
  assert.ok(pages.length >= 15, `only ${pages.length} pages`);
  assert.ok(new Set(pages.map((p) => p.split('/')[0])).size >= 3);
});

test('every gold file belongs to a page', () => {
  for (const site of fs.readdirSync(PAGES_DIR, { withFileTypes: true })) {
    if (!site.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(PAGES_DIR, site.name))) {
      if (f.endsWith('.gold.json')) {
        assert.ok(fs.existsSync(path.join(PAGES_DIR, site.name, f.replace(/\.gold\.json$/, '.html'))), `${site.name}/${f} has no page`);
      }
    }
  }
});

const golds = new Map();
for (const page of pages) {
  test(`page ${page}`, () => {
    assert.ok(fs.existsSync(path.join(PAGES_DIR, goldPathFor(page))), `${page} has no gold file`);
    const { html, gold } = loadPage(page);
    golds.set(page, gold);
    const errs = checkPage(html, gold, { requireLang: !page.includes('malformed') });
    assert.deepEqual(errs, [], `${page}:\n  ${errs.join('\n  ')}`);
  });
}

test('pages of one site share one host', () => {
  const hosts = new Map();
  for (const page of pages) {
    const { gold } = loadPage(page);
    const site = page.split('/')[0];
    const host = new URL(gold.url).host;
    if (!hosts.has(site)) hosts.set(site, host);
    assert.equal(host, hosts.get(site), `${page}`);
  }
  assert.equal(new Set(hosts.values()).size, hosts.size, 'two site directories share a host');
});

test('reading-order.json covers every page with consistent verdicts', () => {
  const all = new Map(pages.map((p) => [p, loadPage(p).gold]));
  const errs = checkReadingOrder(loadReadingOrder(), all);
  assert.deepEqual(errs, [], errs.join('\n'));
});

test('the reading order exercises new, duplicate and same_story articles, listings and hard negatives', () => {
  const order = loadReadingOrder().pages;
  const all = new Map(pages.map((p) => [p, loadPage(p).gold]));
  const count = (f) => order.filter(f).length;
  assert.ok(count((e) => e.expect === 'duplicate') >= 2);
  assert.ok(count((e) => e.expect === 'same_story') >= 2);
  assert.ok(count((e) => all.get(e.page).page_type === 'listing') >= 3);
  assert.ok(count((e) => all.get(e.page).page_type === 'article' && e.expect === 'new') >= 6);
});

// The checks must be able to fail: break a real page in the ways they guard against.
test('the checks reject broken pages and gold files', () => {
  const page = pages.find((p) => p.includes('met-police-backlash'));
  const { html, gold } = loadPage(page);
  assert.deepEqual(checkPage(html, gold), []);
  const para = gold.content[2];
  const dropped = html.replace(para, 'Something else entirely was written here instead of the text');
  assert.ok(checkPage(dropped, gold).some((e) => e.includes('content snippet not found')));
  const extra = html.replace('</main>', '<p>An unlabelled paragraph that nobody put in the gold file.</p></main>');
  assert.ok(checkPage(extra, gold).some((e) => e.includes('not labelled')));
  const both = structuredClone(gold);
  both.boilerplate.push({ text: gold.content[0], kind: 'other' });
  assert.ok(checkPage(html, both).some((e) => e.includes('both content and boilerplate')));
  for (const bad of ['<img src="https://cdn.example.com/a.jpg">', '<script src="/app.js"></script>',
    '<link rel="stylesheet" href="https://fonts.example.com/css">', '<div style="background:url(https://x.example/a.png)"></div>',
    '<style>@import "theme.css";</style>', '<iframe srcdoc="x"></iframe>', '<img srcset="a.png 1x">']) {
    assert.ok(externalResources(html.replace('</body>', `${bad}</body>`)).length > 0, bad);
    assert.ok(checkPage(html.replace('</body>', `${bad}</body>`), gold).some((e) => e.includes('external')), bad);
  }
  assert.deepEqual(externalResources('<img src="data:image/png;base64,AAAA"><a href="https://example.com/">x</a>'), []);
  const badKind = structuredClone(gold);
  badKind.boilerplate[0].kind = 'chrome';
  assert.ok(checkGoldShape(badKind).some((e) => e.includes('not allowed')));
  const noUrl = structuredClone(gold);
  delete noUrl.url;
  assert.ok(checkGoldShape(noUrl).length > 0);
  const canon = html.replace(/<link rel="canonical" href="[^"]*">/, '<link rel="canonical" href="https://elsewhere.example/x">');
  assert.ok(checkPage(canon, gold).some((e) => e.includes('canonical')));
});

test('the reading-order check rejects inconsistent orders', () => {
  const all = new Map(pages.map((p) => [p, loadPage(p).gold]));
  const order = loadReadingOrder();
  const rev = { pages: [...order.pages].reverse() };
  assert.ok(checkReadingOrder(rev, all).length > 0);
  const missing = { pages: order.pages.slice(1) };
  assert.ok(checkReadingOrder(missing, all).some((e) => e.includes('missing')));
  const wrong = structuredClone(order);
  const dup = wrong.pages.find((e) => e.expect === 'duplicate');
  dup.match = [wrong.pages.find((e) => all.get(e.page).story !== all.get(dup.page).story && all.get(e.page).page_type === 'article').page];
  assert.ok(checkReadingOrder(wrong, all).length > 0);
});

test('text blocks: inline tags join, block tags split, scripts and head are dropped', () => {
  assert.deepEqual(textBlocks('<html><head><title>T</title></head><body><p>A <a href="#">b</a>&amp;c</p><div>d<script>x</script></div><style>p{}</style>e</body></html>'),
    ['A b&c', 'd', 'e']);
});
