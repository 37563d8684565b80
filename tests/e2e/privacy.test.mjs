// The page contract of design.md ("What a web page may learn from Winnow"), attacked: probe
// pages served on 127.0.0.1, whose own script records everything a page can observe once
// Winnow is done (every attribute of every element, computed styles, the elements Winnow
// added and their boxes, elementFromPoint over the viewport, mutations, scroll, ...), read by
// two fresh readers: one who read the story a probe carries and the page its canonical link
// names (on another host), one who did not. What the probes observe must be identical, while
// the popup, which pages cannot read, tells the two readers apart. Then what the reader's own
// request shows, and that a canonical link to another site is not the page's identity.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import * as H from './harness.mjs';

const pages = H.readingOrder().filter((p) => !p.entry.serve_at);
const byName = (n) => pages.find((p) => p.page === n);
const story = byName('bestnews-daily/met-police-call-handler-reinstatement.html');    // read by one reader
const repost = byName('metro-wire/met-police-call-handler-repost.html');               // its text: the probe's
const named = byName('thamesbury-gazette/county-cup-semi-final.html');                 // read; the canonical target
const unrelated = byName('thamesbury-gazette/police-officer-sacked-overtime.html');
const others = [byName('metro-wire/lumora-fold-launch.html'), byName('thamesbury-gazette/storm-tobias-flooding.html')];
const PROBE_JS = fs.readFileSync(path.join(H.ROOT, 'tests/e2e/probe-page.js'), 'utf8');

// A fixture page with the probe's script first in <head> and a canonical link to `canonical`.
function probeHtml(file, canonical) {
  const src = fs.readFileSync(file, 'utf8').replace(/<link rel="canonical"[^>]*>/g, '');
  return src.replace(/<head>/i, `<head>\n<script>${PROBE_JS}</script>\n<link rel="canonical" href="${canonical}">`);
}
const PROBES = {
  story: { path: '/probe-story.html', html: () => probeHtml(repost.file, named.url) },
  canonical: { path: '/probe-canonical.html', html: () => probeHtml(unrelated.file, named.url) },
};

let srv;
before(async () => {
  srv = await H.serve(pages);
  for (const p of Object.values(PROBES)) srv.route(`http://127.0.0.1${p.path}`, p.html());
});
after(async () => { if (srv) await srv.close(); });

const probeUrl = (name) => `http://127.0.0.1:${srv.port}${PROBES[name].path}`;

// A fresh profile that has read `readFirst`; then `fn(browser)`; then closed and removed.
async function reader(readFirst, fn) {
  const profile = H.tmpDir('winnow-e2e-privacy-');
  const browser = await H.launch({ profile, hosts: H.hostsOf(pages), port: srv.port });
  try {
    for (const p of readFirst) await (await H.readPage(browser.context, p.url)).close();
    return await fn(browser);
  } finally {
    await browser.context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

// Opens a probe, waits until Winnow is done with it (the marks, then the story in the popup,
// then a quiet second), and returns what its script observed, with the popup's verdict.
async function probe(browser, name) {
  const tab = await browser.context.newPage();
  await tab.goto(probeUrl(name), { waitUntil: 'load' });
  const st = await H.analysed(tab);
  await tab.waitForTimeout(1000);
  const seen = await tab.evaluate(() => window.__probe.observe());
  return { tab, st, seen };
}

// The first difference between two observations, said briefly.
function firstDifference(a, b, at = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 300)} vs ${JSON.stringify(b)?.slice(0, 300)}`;
}

const results = {};

test('a reader who read the story and the canonical page: Winnow knows, in the popup', async () => {
  await reader([story, named], async (b) => {
    const s = await probe(b, 'story');
    const c = await probe(b, 'canonical');
    results.read = { story: s.seen, canonical: c.seen };
    assert.equal(s.st.verdict, 'duplicate', 'the probe carries a story this reader read');
    assert.ok(H.sameAddress(s.st.match, story.url), `matched ${s.st.match}`);
    assert.equal(c.st.verdict, 'different', 'another site\'s canonical link is not this page\'s identity');

    // What the reader's own request shows: the probe sees it then (so the probe could see it
    // before, had it been there), but never in an open shadow root.
    await H.reveal(s.tab);
    const shown = await s.tab.evaluate(() => window.__probe.observe());
    const added = shown.added.map((e) => e.what);
    assert.ok(added.some((w) => w.startsWith('winnow-ui#winnow-banner')), `the banner is on the page: ${added}`);
    assert.ok(shown.elements.some((e) => e.attrs.some(([n, v]) => n === 'data-winnow-para' && v === 'known')));
    const text = JSON.stringify(shown);
    assert.ok(!text.includes(story.url.replace(/^http:/, '')) && !text.includes('You read this story'),
      'the banner\'s link and words stay in its closed shadow root');
    const banner = await H.bannerOf(s.tab);
    assert.ok(banner.closed && /You read this story on bestnews-daily\.example/.test(banner.text), banner.text);

    // Turning Winnow off for the page takes every mark and the banner away.
    const popup = await H.openPopup(s.tab);
    await popup.waitForFunction(() => !document.getElementById('pause').disabled);
    await popup.check('#pause');
    await s.tab.waitForFunction(() => !document.querySelector('[data-winnow], winnow-ui'));
    const off = await s.tab.evaluate(() => window.__probe.observe());
    const left = off.elements.flatMap((e) => e.attrs.filter(([n]) => n.startsWith('data-winnow')).map(([n]) => `${e.path} ${n}`));
    assert.deepEqual(left, []);
    assert.ok(!/winnow/.test(off.rootClass), off.rootClass);
    assert.deepEqual(off.added.filter((e) => e.what.startsWith('winnow-ui')), []);
    await popup.uncheck('#pause');
    await popup.close();
  });
});

test('a reader who read neither: the popup says so', async () => {
  await reader(others, async (b) => {
    const s = await probe(b, 'story');
    const c = await probe(b, 'canonical');
    results.fresh = { story: s.seen, canonical: c.seen };
    assert.equal(s.st.verdict, 'different');
    assert.equal(c.st.verdict, 'different');
    // The canonical page was never read by this reader: the probe was not recorded under it.
    const real = await H.readPage(b.context, named.url);
    const st = await H.popupState(real);
    assert.equal(st.verdict, 'different', `the probe's canonical claim made ${st.match} a reading of ${named.url}`);
  });
});

test('the probes observe exactly the same thing for both readers', () => {
  assert.ok(results.read && results.fresh, 'both readers ran');
  for (const name of Object.keys(PROBES)) {
    const [a, b] = [results.read[name], results.fresh[name]];
    assert.ok(a.elements.some((e) => e.attrs.some(([n]) => n === 'data-winnow')), `${name}: Winnow marked the probe`);
    assert.ok(a.styles.length > 20 && a.grid.length > 500 && a.mutations.length > 20 && a.added.length > 0,
      `${name}: the probe saw the page (${a.styles.length} styled elements, ${a.grid.length} points, ${a.mutations.length} mutations, ${a.added.length} added)`);
    if (process.env.WINNOW_PROBE_DUMP) fs.writeFileSync(`${process.env.WINNOW_PROBE_DUMP}-${name}.json`, JSON.stringify({ read: a, fresh: b }));
    assert.equal(firstDifference(a, b), null, `${name}: the page can tell the readers apart`);
  }
});
