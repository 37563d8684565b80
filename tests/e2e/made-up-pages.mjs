// The pages tests/e2e/extension.test.mjs makes up beside the fixtures, each with its address:
// an article that arrives late, a single-page app, a 10 MB page, a fresh story, a strict-CSP host.
import fs from 'node:fs';

import * as H from './harness.mjs';

const pages = H.readingOrder();
export const LATE_URL = 'http://www.late-news.example/story.html';
export const CSP_URL = 'http://www.strict-csp.example/strict-csp.html';
const storyPage = pages.find((p) => p.gold.page_type === 'article').file;
// A client-rendered page: a shell first, the article body half a second later.
const bodyOf = (file) => {
  const src = fs.readFileSync(file, 'utf8');
  const body = src.slice(src.indexOf('<body'), src.lastIndexOf('</body>'));
  return body.slice(body.indexOf('>') + 1);
};
export const lateHtml = () => {
  const inner = bodyOf(storyPage);
  return `<!doctype html><html lang="en"><head><title>Late news</title></head><body><main id="app">Loading…</main>
<template id="later">${inner}</template>
<script>setTimeout(() => { const t = document.getElementById('later');
  const app = document.getElementById('app'); app.textContent = ''; app.appendChild(t.content.cloneNode(true)); }, 600);</script>
</body></html>`;
};

// A single-page app: one fixture article rendered at load, another one (and its address,
// through history.pushState) when the page's own spaGo() runs; the document is never reloaded.
export const SPA_URL = 'http://www.spa-news.example/story-one.html';
export const spaStories = ['thamesbury-gazette/county-cup-semi-final.html', 'bestnews-daily/storm-isolde-western-scotland.html']
  .map((name) => pages.find((p) => p.page === name));
export const spaHtml = () => `<!doctype html><html lang="en"><head><title>SPA news</title></head><body><div id="app"></div>
${spaStories.map((p, i) => `<template id="story${i}">${bodyOf(p.file)}</template>`).join('\n')}
<script>
function show(i) { const app = document.getElementById('app'); app.textContent = '';
  app.appendChild(document.getElementById('story' + i).content.cloneNode(true)); }
show(0);
window.spaGo = () => { show(1); history.pushState({}, '', '/story-two.html'); };
</script></body></html>`;

// A 10 MB page: a long article of numbered paragraphs between a menu and a footer.
export const BIG_URL = 'http://www.big-page.example/huge.html';
export const bigHtml = () => {
  const paras = [];
  for (let i = 0, size = 0; size < 10 * 1024 * 1024; i++) {
    const p = `<p>Paragraph ${i} of a very long page: the council met again on Tuesday to discuss the bridge, the budget and the buses, and residents asked about each in turn.</p>`;
    paras.push(p); size += p.length;
  }
  return `<!doctype html><html lang="en"><head><title>The longest council report</title></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>The longest council report</h1>${paras.join('\n')}</article></body></html>`;
};

// A short article no other page tells: a story never read before.
export const FRESH_URL = 'http://www.big-page.example/fresh.html';
export const freshHtml = () => `<!doctype html><html lang="en"><head><title>Allotment society plants a new orchard</title></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>Allotment society plants a new orchard</h1>
<p>Volunteers from the Greyholme allotment society spent Saturday planting forty apple and pear trees on the old bowling green beside the railway cutting.</p>
<p>The society's chair said the varieties were chosen from old local orchards, several of them grafted from a single surviving tree behind the chapel.</p>
<p>The first fruit is not expected for three years, but the society plans a blossom walk next spring and a juice pressing once the trees crop.</p>
</article>
<footer><p>Copyright Greyholme News. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`;

// The hosts of this file's own pages, beside the fixtures'.
export const OWN_HOSTS = [LATE_URL, CSP_URL, SPA_URL, BIG_URL].map((u) => new URL(u).hostname);
