// Shared by the end-to-end tests, `npm start` and the browser bench: the fixture pages of
// tests/pages served on 127.0.0.1, and Debian's Chromium with the unpacked extension.
//
// Each fixture page is served at its gold URL's path. Chromium resolves exactly the fixture
// hosts to 127.0.0.1 (--host-resolver-rules), so pages keep their own sites (the banner says
// "read on dailybrief.example", site templates stay per site) while every byte comes from this
// server; any other host stays unresolved and shows up in the net log.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES = path.join(ROOT, 'tests/pages');
export const CHROMIUM = process.env.WINNOW_CHROMIUM || '/usr/bin/chromium';

// The extension loads the wasm module from extension/dist/: put the built one there first
// (scripts/build-extension.sh; WINNOW_WASM_DIR picks another build than build/wasm).
execFileSync('bash', [path.join(ROOT, 'scripts/build-extension.sh')], { stdio: 'inherit' });

// The reading order: [{page, file, gold, entry, url}]. An entry with `serve_at` is served at
// that earlier page's URL (an article updated in place).
export function readingOrder() {
  const order = JSON.parse(fs.readFileSync(path.join(PAGES, 'reading-order.json'), 'utf8'));
  const list = Array.isArray(order) ? order : order.pages;
  const goldOf = (page) => JSON.parse(fs.readFileSync(path.join(PAGES, page.replace(/\.html?$/, '.gold.json')), 'utf8'));
  return list.map((e) => {
    const entry = typeof e === 'string' ? { page: e } : e;
    const gold = goldOf(entry.page);
    const at = entry.serve_at ? goldOf(entry.serve_at).url : gold.url;
    return { page: entry.page, file: path.join(PAGES, entry.page), gold, entry, url: httpUrl(at) };
  });
}

// Fixture URLs are served over plain http (no certificates here).
function httpUrl(u) {
  const x = new URL(u);
  x.protocol = 'http:';
  x.port = '';
  return x.toString();
}

// The same page address: host and path (fixture URLs are https in the gold, http served).
export function sameAddress(a, b) {
  if (!a || !b) return false;
  const x = new URL(a); const y = new URL(b);
  return x.hostname === y.hostname && x.pathname === y.pathname;
}

export function hostsOf(pages) {
  return [...new Set(pages.map((p) => new URL(p.url).hostname))];
}

// Serves pages at (host, path) of their URL. `route(url, file | html)` (re)points one URL,
// for a page updated in place; the first page of each URL is routed at the start.
export async function serve(pages, { csp = {} } = {}) {
  const routes = new Map();
  const keyOf = (u) => { const x = new URL(u); return x.hostname + x.pathname; };
  const route = (url, body) => routes.set(keyOf(url), body);
  for (const p of pages) if (!routes.has(keyOf(p.url))) route(p.url, p.file);
  const seen = [];
  const server = http.createServer((req, res) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '');
    const key = host + new URL(req.url, 'http://x').pathname;
    seen.push(key);
    const body = routes.get(key);
    if (body === undefined) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not a fixture'); return; }
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (csp[key]) headers['content-security-policy'] = csp[key];
    res.writeHead(200, headers);
    res.end(typeof body === 'string' && body.startsWith('/') ? fs.readFileSync(body) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port, seen, route, close: () => new Promise((r) => server.close(r)) };
}

export function tmpDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// The unpacked extension the browser loads: the repository root, or WINNOW_EXTENSION_DIR (an
// older checkout, to show that a test fails on the behaviour it guards against).
export const EXTENSION = process.env.WINNOW_EXTENSION_DIR || ROOT;

// Launches Chromium with the unpacked extension (EXTENSION, or the folder `extension`) on
// `profile`.
// offline: every other host fails to resolve (the benchmark's pages name many).
export async function launch({ profile, hosts, port, netlog, headless = true, offline = false, extension = EXTENSION }) {
  const { chromium } = await import('playwright-core');
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), ...(offline ? ['MAP * ~NOTFOUND'] : [])].join(', ');
  const args = [
    `--load-extension=${extension}`, `--disable-extensions-except=${extension}`,
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-default-apps',
    '--disable-features=DnsOverHttps,AutofillServerCommunication,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying',
    `--host-resolver-rules=${rules}`,
  ];
  if (netlog) args.push(`--log-net-log=${netlog}`, '--net-log-capture-mode=Default');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless, args, viewport: { width: 1200, height: 900 },
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const id = new URL(sw.url()).host;
  return { context, id, sw };
}

// Opens `url` and waits until Winnow has finished its analysis: the marks on the page
// (data-winnow-page, written with them), then the story in the popup.
export async function readPage(context, url, { timeout = 30000 } = {}) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await analysed(page, { timeout });
  return page;
}

// Waits until the marks are on `page` and the popup shows its story; returns the popup's state.
export async function analysed(page, { timeout = 30000 } = {}) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-winnow-page'), null, { timeout });
  // The tab's story as its content script holds it (asked cheaply, through the worker), then
  // the popup once it is there: many tabs read at once do not open popups in turn meanwhile.
  const [sw] = page.context().serviceWorkers();
  const id = await tabIdOf(page);
  for (const until = Date.now() + timeout; Date.now() < until;) {
    const st = await sw.evaluate((t) => chrome.tabs.sendMessage(t, { type: 'state' }).catch(() => null), id);
    if (st && st.counts && st.counts.verdict) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return popupState(page, { timeout });
}

const extensionIdOf = (context) => new URL(context.serviceWorkers()[0].url()).host;

// The browser's id of the tab showing `page` (the last one opened, if several show its URL).
export async function tabIdOf(page) {
  const [sw] = page.context().serviceWorkers();
  const ids = await sw.evaluate((u) => chrome.tabs.query({}).then((ts) => ts.filter((t) => t.url === u).map((t) => t.id)), page.url());
  if (!ids.length) throw new Error(`no tab shows ${page.url()}`);
  return Math.max(...ids);
}

// The popup of `page`'s tab (design.md: popup.html?tab=<id>), opened in a tab of its own.
export async function openPopup(page) {
  const popup = await page.context().newPage();
  await popup.goto(`chrome-extension://${extensionIdOf(page.context())}/popup.html?tab=${await tabIdOf(page)}`);
  return popup;
}

// What the popup says of `page` once the story is known: {verdict, match, similar, pageType, filler,
// content, revealed}. An earlier popup showed a tab's state as it was when opened: it is
// opened again until the story is there.
export async function popupState(page, { timeout = 30000, keep = false } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const popup = await openPopup(page);
    const ok = await popup.waitForFunction(() => document.getElementById('verdict').dataset.verdict, null,
      { timeout: Math.max(1000, Math.min(3000, until - Date.now())) }).then(() => true, () => false);
    if (ok) {
      const st = await popup.evaluate(() => ({
        verdict: document.getElementById('verdict').dataset.verdict,
        match: document.getElementById('match').hidden ? null : document.getElementById('match-link').getAttribute('href'),
        similar: document.getElementById('similar').hidden ? null : document.getElementById('similar-link').getAttribute('href'),
        pageType: document.getElementById('page-type').dataset.pageType || null,
        pageKind: document.getElementById('page-type').dataset.pageKind || null,
        pageTypeText: document.getElementById('page-type').textContent,
        filler: Number(document.getElementById('count-filler').textContent),
        content: Number(document.getElementById('count-content').textContent),
        revealed: document.getElementById('reveal')?.dataset.revealed === 'true',
      }));
      if (keep) return { ...st, popup };
      await popup.close();
      return st;
    }
    await popup.close();
    if (Date.now() > until) throw new Error(`the popup shows no story for ${page.url()}`);
  }
}

// The reader asks to see the story on the page: a real click on the popup's button.
export async function reveal(page, on = true) {
  const st = await popupState(page, { keep: true });
  if (st.revealed !== on) await st.popup.click('#reveal');
  await st.popup.close();
  await page.waitForFunction((want) => document.documentElement.hasAttribute('data-winnow-story') === want, on);
}

// The banner as the reader sees it, read through the DevTools protocol (its shadow root is
// closed to the page, and to page.evaluate): {text, link, buttons: {class: backend node id}},
// or null when there is none.
export async function bannerOf(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (n) => {
      const a = n.attributes || [];
      for (let i = 0; i < a.length; i += 2) if (a[i] === 'id' && a[i + 1] === 'winnow-banner') return n;
      for (const c of [...(n.children || []), ...(n.shadowRoots || [])]) { const f = find(c); if (f) return f; }
      return null;
    };
    const host = find(root);
    if (!host) return null;
    const out = { text: '', link: null, buttons: {}, closed: (host.shadowRoots || []).every((r) => r.shadowRootType === 'closed') };
    const walk = (n, inStyle) => {
      const attr = (k) => { const a = n.attributes || []; for (let i = 0; i < a.length; i += 2) if (a[i] === k) return a[i + 1]; return null; };
      if (n.nodeType === 3 && !inStyle) out.text += n.nodeValue;
      if (n.nodeName === 'A' && attr('href')) out.link = attr('href');
      if (n.nodeName === 'BUTTON') out.buttons[(attr('class') || '').split(' ').pop()] = n.backendNodeId;
      for (const c of [...(n.shadowRoots || []), ...(n.children || [])]) walk(c, inStyle || n.nodeName === 'STYLE');
    };
    walk(host, false);
    out.text = out.text.replace(/\s+/g, ' ').trim();
    return out;
  } finally {
    await cdp.detach();
  }
}

// A real click (trusted, as the reader's) on a button of the banner: 'shownew' or 'dismiss'.
export async function clickBanner(page, button) {
  const b = await bannerOf(page);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: b.buttons[button] });
    const q = model.content;
    await page.mouse.click((q[0] + q[4]) / 2, (q[1] + q[5]) / 2);
  } finally {
    await cdp.detach();
  }
}

// A fixture page's article as text: the lines of its HTML longer than 80 characters.
export function articleParagraphs(file) {
  return fs.readFileSync(file, 'utf8').replace(/<[^>]+>/g, '\n').split('\n')
    .map((l) => l.trim()).filter((l) => l.length > 80);
}

// The worker's story answer for these paragraphs, asked from an extension page (`extPage`)
// as an incognito tab asks: answered from the history, never added to it.
export async function lookupStory(extPage, paragraphs) {
  const r = await extPage.evaluate((paras) => chrome.runtime.sendMessage({ type: 'visit', incognito: true,
    page: { url: 'http://private.example/lookup.html', title: 'Lookup', time: Math.floor(Date.now() / 1000),
      paragraphs: paras, page_type: 'article' } }), paragraphs);
  return r.story;
}

// What the page carries after analysis (design.md), read from the live DOM, with the story
// from the popup (unless `story` is false: a paused page has none) and the banner as the
// reader sees it.
export async function marksOf(page, { story = true } = {}) {
  const st = story ? await popupState(page) : {};
  const banner = await bannerOf(page);
  const onPage = await page.evaluate(() => {
    const root = document.documentElement;
    const blocks = [...document.querySelectorAll('[data-winnow]')].map((el) => ({
      label: el.getAttribute('data-winnow'),
      headline: el.getAttribute('data-winnow-unfaded') === 'headline',
      kind: el.getAttribute('data-winnow-kind'),
      para: el.getAttribute('data-winnow-para'),
      filler: el.getAttribute('data-winnow-filler'),
      reason: el.getAttribute('data-winnow-reason'),
      text: el.textContent.replace(/\s+/g, ' ').trim(),
    }));
    return { pageType: root.getAttribute('data-winnow-page'), blocks };
  });
  return { ...onPage, verdict: st.verdict, match: st.match, popupPageType: st.pageType, popupPageKind: st.pageKind,
    popupPageTypeText: st.pageTypeText, revealed: st.revealed,
    banner: banner ? banner.text : null, bannerLink: banner ? banner.link : null };
}

// Where a gold snippet sits (tests/pages/README.md: a snippet of 40 characters or more is
// part of one block, a shorter one a whole block): the innermost element holding it, then
// the nearest element Winnow marked. 'boilerplate' | 'content' | 'unmarked', or null when the
// text is not on the page. Also returns data-winnow-para and the kind.
export async function whereIs(page, snippet) {
  return page.evaluate((s) => {
    const norm = (t) => t.replace(/\s+/g, ' ').trim();
    const want = norm(s);
    const whole = want.length < 40;
    let hit = null;
    for (const el of document.body.querySelectorAll('*')) {
      const t = norm(el.textContent);
      if (whole ? t === want : t.includes(want)) hit = el;  // later in pre-order = deeper or after
    }
    if (hit) { // deepest: among matches, prefer one with no matching child
      let deeper = true;
      while (deeper) {
        deeper = false;
        for (const c of hit.children) {
          const t = norm(c.textContent);
          if (whole ? t === want : t.includes(want)) { hit = c; deeper = true; break; }
        }
      }
    }
    if (!hit) { // a text node of its own beside elements (<div>Share<div>Facebook</div></div>)
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const t = norm(n.data);
        if (whole ? t === want : t.includes(want)) { hit = n.parentElement; break; }
      }
    }
    if (!hit) return { label: null };
    const m = hit.closest('[data-winnow]');
    if (!m) return { label: 'unmarked' };
    return { label: m.getAttribute('data-winnow'), kind: m.getAttribute('data-winnow-kind'),
      para: m.getAttribute('data-winnow-para'), reason: m.getAttribute('data-winnow-reason') };
  }, snippet);
}

// Every request in Chromium's net log (written when the browser closes): {url, initiator,
// method}. chrome-extension:// loads are served in-process and never appear there, so any
// entry whose initiator is the extension, or a fixture page (a content script's fetch runs
// with the page's origin) asking another host, is a request Winnow made of its own.
export function netlogRequests(file) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  const types = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  const out = [];
  for (const e of log.events) {
    if (types[e.type] !== 'URL_REQUEST_START_JOB' || !e.params || !e.params.url) continue;
    out.push({ url: e.params.url, initiator: e.params.initiator || null, method: e.params.method });
  }
  return out;
}

// Requests the browser makes for itself (clock, account and component services), which
// no flag turns off entirely. They are browser-initiated (no origin): allowed only so.
export const BROWSER_OWN = /^https?:\/\/([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com)\//;

// The requests that are not the pages' own and not the browser's own.
export function foreignRequests(requests, fixtureHosts) {
  const hosts = new Set(fixtureHosts);
  return requests.filter((r) => {
    let host = '';
    try { host = new URL(r.url).hostname; } catch (e) { return true; }
    const fromPageOrExt = r.initiator && r.initiator !== 'not an origin';
    if (r.initiator && r.initiator.startsWith('chrome-extension://')) return true;
    if (hosts.has(host)) return false;
    if (!fromPageOrExt && BROWSER_OWN.test(r.url)) return false;
    return true;
  });
}

// The extension as one browser's store package holds it (scripts/package.sh does the same):
// a temporary folder with the manifest tuned for `browser` ('firefox': background scripts,
// no service worker) and the extension's files.
// `debugTiming`: Firefox only, a background script of the copy's own switches the setting on
// (where the test can not reach the extension's storage), so that pages record their passes,
// and opens the popup for the test (WebDriver may not navigate to moz-extension:// itself).
export function unpackedFor(browser, { debugTiming = false } = {}) {
  const dir = tmpDir(`winnow-${browser}-ext-`);
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  if (browser === 'firefox') delete manifest.background.service_worker;
  else { delete manifest.background.scripts; delete manifest.browser_specific_settings; }
  if (debugTiming && browser === 'firefox') {
    fs.writeFileSync(path.join(dir, 'debug-timing.js'), `browser.storage.local.set({ debugTiming: true });
// The test's way to the popup (WebDriver may not open moz-extension:// pages itself): a tab
// sent to /__winnow_popup__?for=<url> becomes the popup of the tab showing <url>.
browser.tabs.onUpdated.addListener(async (id, info) => {
  const u = info.url && new URL(info.url);
  if (!u || u.pathname !== '/__winnow_popup__') return;
  const shown = (await browser.tabs.query({})).filter((t) => t.url === u.searchParams.get('for'));
  if (shown.length) browser.tabs.update(id, { url: browser.runtime.getURL('popup.html') + '?tab=' + Math.max(...shown.map((t) => t.id)) });
});
`);
    manifest.background.scripts.push('debug-timing.js');
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  for (const f of ['popup.html', 'options.html', '_locales', 'extension']) {
    fs.cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  }
  return dir;
}

// A reader's correction as the context menu makes it: a right-click on the innermost block
// marked `from` that holds `snippet`, then the message the worker's menu item sends to the
// tab. Resolves once a block holding the snippet carries the corrected mark.
export async function correctBlock(sw, tab, snippet, from, to) {
  await tab.evaluate(([s, f]) => {
    const norm = (t) => t.replace(/\s+/g, ' ').trim();
    const hits = [...document.querySelectorAll(`[data-winnow="${f}"]`)].filter((el) => norm(el.textContent).includes(s));
    const inner = hits.filter((el) => !hits.some((o) => o !== el && el.contains(o)));
    inner[0].dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
  }, [snippet, from]);
  await sw.evaluate(async ([u, label]) => {
    const [t] = await chrome.tabs.query({ url: u });
    await chrome.tabs.sendMessage(t.id, { type: 'correct', label });
  }, [tab.url(), to]);
  await tab.waitForFunction(([s, l]) => [...document.querySelectorAll(`[data-winnow="${l}"]`)]
    .some((el) => el.textContent.replace(/\s+/g, ' ').includes(s)), [snippet, to]);
}
