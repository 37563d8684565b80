// `npm run bench:browser`, the extension's speed as a reader meets it: in one Chromium
// session, per page, Winnow's whole in-page pass (snapshot -> core -> marks, the extension's
// own files) against @mozilla/readability's parse() on a clone of the same document; over the
// fixture pages and the ScrapingHub pages (scripts stripped). Also the first pass on a fresh page with the wasm
// instantiation included. Reports medians, p95 and the ratio. Every repetition recomputes
// from the live DOM: nothing is reused across repetitions or pages.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

import * as H from '../e2e/harness.mjs';
import { loaded, pct, scrapinghubPages } from './pages.mjs';

const REPS = Number(process.env.WINNOW_BENCH_REPS || 5);
const LIMIT = Number(process.env.WINNOW_BENCH_PAGES || 0);  // 0: all
const med = (xs) => pct(xs, 0.5);

const docs = [];
for (const p of H.readingOrder()) docs.push({ set: 'fixtures', id: p.page, html: fs.readFileSync(p.file, 'utf8') });
for (const r of scrapinghubPages()) docs.push({ set: 'scrapinghub', ...r });
const chosen = LIMIT ? docs.slice(0, LIMIT) : docs;

const files = {
  '/winnow.js': path.join(H.ROOT, 'extension/dist/winnow.js'),
  '/winnow.wasm': path.join(H.ROOT, 'extension/dist/winnow.wasm'),
  '/platform.js': path.join(H.ROOT, 'extension/lib/platform.js'),
  '/settings.js': path.join(H.ROOT, 'extension/lib/settings.js'),
  '/core.js': path.join(H.ROOT, 'extension/lib/core.js'),
  '/snapshot.js': path.join(H.ROOT, 'extension/content/snapshot.js'),
  '/marks.js': path.join(H.ROOT, 'extension/content/marks.js'),
  '/readability.js': path.join(H.ROOT, 'node_modules/@mozilla/readability/Readability.js'),
};
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (files[u.pathname]) {
    res.writeHead(200, { 'content-type': u.pathname.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' });
    res.end(fs.readFileSync(files[u.pathname]));
  } else if (/^\/page\/\d+$/.test(u.pathname) && chosen[Number(u.pathname.slice(6))]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(chosen[Number(u.pathname.slice(6))].html);
  } else { res.writeHead(404); res.end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const { chromium } = await import('playwright-core');
// Pages only get what this server holds: every other host fails to resolve, so remote images,
// styles and fonts fail at once, with no request intercepted by Playwright on the way.
const browser = await chromium.launch({ executablePath: H.CHROMIUM, headless: true,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });

const rows = [];
for (const [i, d] of chosen.entries()) {
  const page = await context.newPage();
  try {
    await loaded(page, `${base}/page/${i}`);
    for (const f of ['/winnow.js', '/platform.js', '/settings.js', '/core.js', '/snapshot.js', '/marks.js', '/readability.js']) {
      await page.addScriptTag({ url: base + f });
    }
    const r = await page.evaluate(async ({ base, reps }) => {
      const W = globalThis.Winnow;
      const parts = { snapshot: [], core: [], marks: [] };
      const pass = (core) => {
        const a = performance.now();
        const snap = W.snapshot.take();
        const b = performance.now();
        const answer = core.analyze(snap.text, null);
        const c = performance.now();
        const { plan } = W.marks.planOf(answer, snap.elements, {}, () => '');
        W.marks.apply(plan, answer, 'dim', false);
        const d = performance.now();
        parts.snapshot.push(b - a); parts.core.push(c - b); parts.marks.push(d - c);
        return { blocks: answer.blocks.length, bytes: snap.text.length };
      };
      // First pass on a fresh page: the module's bytes (from this machine), instantiation,
      // then the pass.
      const t0 = performance.now();
      const bytes = new Uint8Array(await (await fetch(base + '/winnow.wasm')).arrayBuffer());
      const core = await WinnowCore.load({ wasmBinary: bytes });
      const t1 = performance.now();
      const info = pass(core);
      const t2 = performance.now();
      // The floor no design beats (toolchain.md): a bare walk serialising tag, id, class and
      // direct text, measured beside Winnow so the ratio holds whatever the machine's load.
      const bare = () => {
        const out = [];
        const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
        for (let el = w.currentNode; el; el = w.nextNode()) {
          const t = el.tagName;
          if (t === 'SCRIPT' || t === 'STYLE' || t === 'NOSCRIPT' || t === 'TEMPLATE') { out.push([t]); continue; }
          let text = '';
          for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) text += c.data;
          out.push([t, el.id, el.getAttribute('class'), text]);
        }
        return JSON.stringify(out).length;
      };
      const walk = [];
      const winnow = []; const readability = [];
      for (let k = 0; k < reps; k++) {
        W.marks.clear();
        const a = performance.now(); pass(core); winnow.push(performance.now() - a);
        const c = performance.now(); bare(); walk.push(performance.now() - c);
        const b = performance.now(); new Readability(document.cloneNode(true)).parse(); readability.push(performance.now() - b);
      }
      W.marks.clear();
      const m = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
      for (const k of Object.keys(parts)) parts[k] = m(parts[k].slice(1));
      return { instantiate: t1 - t0, first: t2 - t0, firstPass: t2 - t1, winnow: m(winnow), readability: m(readability), walk: m(walk), ...info, parts };
    }, { base, reps: REPS });
    rows.push({ set: d.set, id: d.id, ...r });
  } catch (e) {
    console.error(`skipped ${d.set} ${d.id}: ${String(e.message).split('\n')[0]}`);
  }
  await page.close();
  if ((i + 1) % 25 === 0) console.error(`${i + 1}/${chosen.length} pages`);
}
await browser.close();
server.close();

const fmt = (x) => x.toFixed(2).padStart(7);
console.log(`Chromium ${browser.version ? '' : ''}in-page pass, ms per page (median of ${REPS} repetitions per page; then median / p95 over pages)`);
console.log('set           pages   winnow med   p95 | readability med   p95 | ratio (med)  first pass incl. instantiation med   p95 | instantiate med');
for (const set of ['fixtures', 'scrapinghub']) {
  const r = rows.filter((x) => x.set === set);
  if (!r.length) continue;
  const w = r.map((x) => x.winnow); const rd = r.map((x) => x.readability);
  console.log(`${set.padEnd(12)} ${String(r.length).padStart(5)} ${fmt(med(w))} ${fmt(pct(w, 0.95))} |     ${fmt(med(rd))} ${fmt(pct(rd, 0.95))} |   ${(med(rd) / med(w)).toFixed(1).padStart(5)}x` +
    `                     ${fmt(med(r.map((x) => x.first)))} ${fmt(pct(r.map((x) => x.first), 0.95))} | ${fmt(med(r.map((x) => x.instantiate)))}`);
}
for (const set of ['fixtures', 'scrapinghub']) {
  const r = rows.filter((x) => x.set === set);
  if (r.length) console.log(`${set}: median bare DOM walk (the floor) ${med(r.map((x) => x.walk)).toFixed(2)} ms; snapshot ${med(r.map((x) => x.parts.snapshot)).toFixed(2)} ms, core ${med(r.map((x) => x.parts.core)).toFixed(2)} ms, marks ${med(r.map((x) => x.parts.marks)).toFixed(2)} ms; snapshot ${Math.round(med(r.map((x) => x.bytes)) / 1024)} KB`);
}
// The extension itself on freshly loaded pages: its first pass (snapshot, analysis in the warm
// worker while the page's own module loads, marks), from the timings it records with
// debugTiming on.
{
  const dir = H.tmpDir('winnow-bench-pages-');
  const served = chosen.map((d, i) => {
    const file = path.join(dir, `${i}.html`);
    fs.writeFileSync(file, d.html);
    return { set: d.set, file, url: `http://${d.set}.bench.example/${i}.html` };
  });
  const srv = await H.serve(served);
  const b = await H.launch({ profile: H.tmpDir('winnow-bench-'), hosts: H.hostsOf(served), port: srv.port, offline: true });
  await b.sw.evaluate(() => chrome.storage.local.set({ debugTiming: true }));
  // The page's first-pass report, seen by a listener of the bench's own beside the worker's
  // (it never answers): armed before the navigation, then awaited.
  const arm = (url) => b.sw.evaluate((u) => {
    const waits = globalThis.__benchReports || (globalThis.__benchReports = {});
    waits[u] = new Promise((resolve) => {
      const seen = (m, sender) => {
        if (!m || m.type !== 'report' || !sender.tab || sender.tab.url !== u) return false;
        chrome.runtime.onMessage.removeListener(seen);
        resolve();
        return false;
      };
      chrome.runtime.onMessage.addListener(seen);
    });
  }, url);
  const reported = async (url) => {
    let timer;
    const late = new Promise((resolve, reject) => { timer = setTimeout(() => reject(new Error('no report in 15 s')), 15000); });
    try { await Promise.race([b.sw.evaluate((u) => globalThis.__benchReports[u], url), late]); } finally { clearTimeout(timer); }
  };
  const first = { fixtures: [], scrapinghub: [] };
  const parts = [];
  for (const p of served) {
    const tab = await b.context.newPage();
    try {
      // Waits for the page's report to the worker, not in the page: Playwright's
      // waitForFunction evaluates its ~330 KB injected script in the page, which, in a trace,
      // held the page's main thread for 10-17 ms in the middle of the pass it was timing.
      await arm(p.url);
      await loaded(tab, p.url);
      await reported(p.url);
      const ms = JSON.parse((await tab.evaluate(() => document.documentElement.getAttribute('data-winnow-ms'))).replace(/ \w+$/, ''));
      first[p.set].push(ms.snapshot + ms.analyze + ms.marks);
      parts.push(ms);
    } catch (e) { console.error(`extension pass skipped ${p.url}: ${String(e.message).split('\n')[0]}`); }
    await tab.close();
  }
  await b.context.close();
  await srv.close();
  console.log(`  of which: snapshot ${med(parts.map((x) => x.snapshot)).toFixed(2)} ms, worker round trip ${med(parts.map((x) => x.analyze)).toFixed(2)} ms, marks ${med(parts.map((x) => x.marks)).toFixed(2)} ms (medians); marks on the page ${med(parts.map((x) => x.drawn)).toFixed(0)} ms after the navigation started`);
  for (const [set, xs] of Object.entries(first)) {
    if (xs.length) console.log(`${set}: the extension's first pass on a fresh page (snapshot, warm worker, marks): median ${med(xs).toFixed(2)} ms, p95 ${pct(xs, 0.95).toFixed(2)} ms over ${xs.length} pages`);
  }
}
const wasm = fs.readFileSync(files['/winnow.wasm']);
console.log(`wasm module: ${wasm.length} bytes, ${zlib.gzipSync(wasm, { level: 9 }).length} gzip (ICU data inside)`);
if (process.env.WINNOW_BENCH_JSON) fs.writeFileSync(process.env.WINNOW_BENCH_JSON, JSON.stringify(rows, null, 1));
