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

// Launches Chromium with the unpacked extension (the repository root, or the folder
// `extension`) on `profile`.
// offline: every other host fails to resolve (the benchmark's pages name many).
export async function launch({ profile, hosts, port, netlog, headless = true, offline = false, extension = ROOT }) {
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

// Opens `url` and waits until Winnow has finished its analysis (the verdict is written last).
export async function readPage(context, url, { timeout = 15000 } = {}) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-winnow-verdict'), null, { timeout });
  return page;
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

// What the page carries after analysis (design.md), read from the live DOM.
export async function marksOf(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const blocks = [...document.querySelectorAll('[data-winnow]')].map((el) => ({
      label: el.getAttribute('data-winnow'),
      headline: el.getAttribute('data-winnow-unfaded') === 'headline',
      kind: el.getAttribute('data-winnow-kind'),
      para: el.getAttribute('data-winnow-para'),
      text: el.textContent.replace(/\s+/g, ' ').trim(),
    }));
    const host = document.getElementById('winnow-banner');
    const card = host && host.shadowRoot && host.shadowRoot.querySelector('.card');
    const banner = card ? card.textContent.replace(/\s+/g, ' ').trim() : null;
    return {
      verdict: root.getAttribute('data-winnow-verdict'),
      match: root.getAttribute('data-winnow-match'),
      pageType: root.getAttribute('data-winnow-page'),
      blocks, banner,
      bannerLink: host && host.shadowRoot && host.shadowRoot.querySelector('a.match') ? host.shadowRoot.querySelector('a.match').href : null,
    };
  });
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
// (where the test can not reach the extension's storage), so that pages record their passes.
export function unpackedFor(browser, { debugTiming = false } = {}) {
  const dir = tmpDir(`winnow-${browser}-ext-`);
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  if (browser === 'firefox') delete manifest.background.service_worker;
  else { delete manifest.background.scripts; delete manifest.browser_specific_settings; }
  if (debugTiming && browser === 'firefox') {
    fs.writeFileSync(path.join(dir, 'debug-timing.js'), 'browser.storage.local.set({ debugTiming: true });\n');
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
