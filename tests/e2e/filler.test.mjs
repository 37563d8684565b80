// Padding inside the story, end to end in Chromium: a seed-style article (the labelled
// tests/filler/dev/01-en-farm-bridge.txt in a small site's page) gets data-winnow-filler on
// its padding paragraphs and never on a fact paragraph, the reason on hover, its own style
// (distinct from boilerplate), the Options switch (show, fade, hide), the popup's count and
// the reader's "not filler" correction.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import * as H from './harness.mjs';

const SITE = 'bridgewatch-news.example';
const URL_ = `http://www.${SITE}/local/millbrook-bridge.html`;
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

// The labelled article: [{heading, label, rule, text}] and its title.
function article(file) {
  const lines = fs.readFileSync(path.join(H.ROOT, 'tests/filler/dev', file), 'utf8').split('\n');
  const title = lines.find((l) => l.startsWith('# title:')).slice(8).trim();
  const blocks = lines.map((l) => /^([PH]) (\S+) (\S+) \| (.+)$/.exec(l)).filter(Boolean)
    .map((m) => ({ heading: m[1] === 'H', label: m[2] === '-' ? null : m[2], rule: m[3], text: m[4] }));
  return { title, blocks };
}
const ART = article('01-en-farm-bridge.txt');
const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(ART.title)} | Bridgewatch</title></head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a> <a href="/about">About us</a></nav></header>
<main><article><h1>${esc(ART.title)}</h1>
${ART.blocks.map((b) => (b.heading ? `<h2>${esc(b.text)}</h2>` : `<p>${esc(b.text)}</p>`)).join('\n')}
</article></main>
<footer><p>Copyright 2025 Bridgewatch News Ltd. All rights reserved. Registered in England and Wales.</p></footer></body></html>`;
const padding = ART.blocks.filter((b) => !b.heading && b.label === 'generic');
const facts = ART.blocks.filter((b) => !b.heading && !b.label);

let srv; let browser; let profile; let tab;

before(async () => {
  srv = await H.serve([]);
  srv.route(URL_, HTML);
  profile = H.tmpDir('winnow-e2e-filler-');
  browser = await H.launch({ profile, hosts: [`www.${SITE}`], port: srv.port });
  tab = await H.readPage(browser.context, URL_);
});

after(async () => {
  if (browser) await browser.context.close().catch(() => {});
  if (srv) await srv.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

// The <p> holding `text`, with its marks, computed style and (hover: a real pointer moved over
// it, as a reader's: the hover text is written only for trusted events) its hover text.
async function paragraph(text, { hover = true } = {}) {
  const found = await tab.evaluate((s) => {
    const el = [...document.querySelectorAll('article p')].find((p) => p.textContent.trim() === s);
    if (el) el.setAttribute('data-test-hover', '');
    return !!el;
  }, text);
  if (!found) return null;
  if (hover) await tab.hover('[data-test-hover]', { force: true });
  return tab.evaluate(() => {
    const el = document.querySelector('[data-test-hover]');
    el.removeAttribute('data-test-hover');
    const st = getComputedStyle(el);
    return { winnow: el.dataset.winnow || null, filler: el.dataset.winnowFiller || null, title: el.title,
      reason: el.dataset.winnowReason || null, display: st.display, border: st.borderLeftStyle, opacity: st.opacity };
  });
}

test('a padding paragraph is marked data-winnow-filler with its reason; a fact paragraph never is', async () => {
  const marked = [];
  for (const b of padding) {
    const p = await paragraph(b.text);
    assert.ok(p, `paragraph on the page: ${b.text.slice(0, 50)}`);
    if (p.filler) marked.push(p);
  }
  assert.ok(marked.length >= 2, `padding paragraphs marked: ${marked.length} of ${padding.length}`);
  for (const p of marked) {
    assert.equal(p.winnow, 'content', 'padding stays article content, not boilerplate');
    assert.equal(p.filler, 'generic');
    assert.match(p.reason, /no name, number or quote/);
    assert.match(p.title, /padding inside the story/);
    assert.equal(p.border, 'dotted', 'shown by default, with its own style');
    assert.equal(p.display, 'block');
  }
  for (const b of facts) {
    const p = await paragraph(b.text);
    assert.equal(p.filler, null, `a fact paragraph is not filler: ${b.text.slice(0, 60)}`);
    assert.equal(p.winnow, 'content');
  }
});

test('the popup counts the padding; Options fade and hide it', async () => {
  const onPage = await tab.evaluate(() => ({
    padding: document.querySelectorAll('[data-winnow-filler]').length,
    paragraphs: document.querySelectorAll('[data-winnow="content"]').length,
  }));
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.id}/popup.html`);
  await popup.waitForFunction(() => !document.getElementById('state').hidden);
  const got = await popup.evaluate(() => ({ text: document.getElementById('count-padding').textContent,
    n: Number(document.getElementById('count-padding').dataset.padding) }));
  assert.ok(onPage.padding > 0);
  assert.equal(got.n, onPage.padding);
  assert.equal(got.text, `${onPage.padding} of ${onPage.paragraphs} paragraphs pad the story`);
  await popup.close();

  const first = padding[0].text;
  await browser.sw.evaluate(() => chrome.storage.local.set({ fillerMode: 'fade' }));
  await tab.waitForFunction(() => document.documentElement.classList.contains('winnow-padding-fade'));
  assert.equal((await tab.evaluate((s) => {
    const el = [...document.querySelectorAll('article p')].find((p) => p.textContent.trim() === s);
    return getComputedStyle(el).opacity;
  }, first)), '0.5');
  await browser.sw.evaluate(() => chrome.storage.local.set({ fillerMode: 'hide' }));
  await tab.waitForFunction(() => document.documentElement.classList.contains('winnow-padding-hide'));
  assert.equal((await paragraph(first, { hover: false })).display, 'none');
  assert.equal((await paragraph(facts[1].text)).display, 'block', 'facts stay');
  await browser.sw.evaluate(() => chrome.storage.local.set({ fillerMode: 'show' }));
  await tab.waitForFunction(() => document.documentElement.classList.contains('winnow-padding-show'));
});

test('"not filler" on a padding paragraph takes the mark away and is remembered for the site', async () => {
  const text = padding[0].text;
  assert.equal((await paragraph(text)).filler, 'generic');
  await tab.evaluate((s) => {
    const el = [...document.querySelectorAll('article p')].find((p) => p.textContent.trim() === s);
    el.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
  }, text);
  // What the context menu's "Winnow: not filler" item sends (the worker's handler does this).
  await browser.sw.evaluate(async (u) => {
    const [t] = await chrome.tabs.query({ url: u });
    await chrome.tabs.sendMessage(t.id, { type: 'correct', label: 'content' });
  }, URL_);
  await tab.waitForFunction((s) => {
    const el = [...document.querySelectorAll('article p')].find((p) => p.textContent.trim() === s);
    return el && !el.hasAttribute('data-winnow-filler');
  }, text);
  const stored = await browser.sw.evaluate(() => chrome.storage.local.get('corrections'));
  assert.deepEqual(stored.corrections, { [SITE]: { [text]: 'content' } });
  await tab.reload();
  await H.analysed(tab);
  assert.equal((await paragraph(text)).filler, null, 'the correction holds after a reload');
  assert.equal((await paragraph(padding[1].text)).filler, 'generic', 'other padding keeps its mark');
});
