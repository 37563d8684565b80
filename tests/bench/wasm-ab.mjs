// `npm run bench:wasm-ab -- DIR_A DIR_B`: two builds of the wasm module (each DIR holding
// winnow.js and winnow.wasm, e.g. a copy of extension/dist before a change and after it),
// instantiated fresh side by side in each ScrapingHub page in Chromium and called in turn
// (A then B, B then A on every other page) on the page's own snapshot. A paired comparison:
// the machine's load weighs on both builds alike, which bench:browser's separate runs can not
// promise. Reports the medians over pages of each page's median of calls 2-6, and the first
// call (lazy compilation included).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import * as H from '../e2e/harness.mjs';
import { loaded, pct, scrapinghubPages } from './pages.mjs';

const [A, B] = process.argv.slice(2);
if (!A || !B) {
  console.error('usage: npm run bench:wasm-ab -- DIR_A DIR_B   (each with winnow.js and winnow.wasm)');
  process.exit(2);
}
const LIMIT = Number(process.env.WINNOW_BENCH_PAGES || 0);
const all = scrapinghubPages().map((p) => p.html);
const docs = LIMIT ? all.slice(0, LIMIT) : all;

// Each build's factory under a name of its own, so that both load into one page.
const glue = (dir, name) => fs.readFileSync(path.join(dir, 'winnow.js'), 'utf8').replaceAll('createWinnow', name);
const files = {
  '/a.js': glue(A, 'createWinnowA'), '/b.js': glue(B, 'createWinnowB'),
  '/a.wasm': fs.readFileSync(path.join(A, 'winnow.wasm')), '/b.wasm': fs.readFileSync(path.join(B, 'winnow.wasm')),
  '/snapshot.js': fs.readFileSync(path.join(H.ROOT, 'extension/content/snapshot.js')),
};
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (files[u.pathname]) {
    res.writeHead(200, { 'content-type': u.pathname.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' });
    res.end(files[u.pathname]);
  } else if (/^\/page\/\d+$/.test(u.pathname) && docs[Number(u.pathname.slice(6))] !== undefined) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(docs[Number(u.pathname.slice(6))]);
  } else { res.writeHead(404); res.end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: H.CHROMIUM, headless: true,
  args: ['--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
const rows = [];
for (let i = 0; i < docs.length; i++) {
  const page = await context.newPage();
  try {
    await loaded(page, `${base}/page/${i}`);
    for (const f of ['/a.js', '/b.js', '/snapshot.js']) await page.addScriptTag({ url: base + f });
    rows.push(await page.evaluate(async ({ base, bFirst }) => {
      const load = async (factory, url) => factory({ wasmBinary: new Uint8Array(await (await fetch(base + url)).arrayBuffer()) });
      const ma = await load(createWinnowA, '/a.wasm');
      const mb = await load(createWinnowB, '/b.wasm');
      const snap = Winnow.snapshot.take().text;
      const encoder = new TextEncoder();
      // The snapshot's bytes written into the module, the answer read back: Module.analyze with a
      // SnapshotInput the caller keeps (core.js), or, in a build from before it, the module's own
      // buffer (snapshotBuffer / extractSnapshotBuffer).
      const inputs = new Map();
      const analyze = (m, max) => {
        if (!m.SnapshotInput) {
          const at = m.snapshotBuffer(max);
          return m.extractSnapshotBuffer(encoder.encodeInto(snap, m.HEAPU8.subarray(at, at + max)).written, null);
        }
        if (!inputs.has(m) || inputs.get(m).capacity() < max) inputs.set(m, new m.SnapshotInput(max));
        const input = inputs.get(m);
        const at = input.address();
        return m.analyze(input, encoder.encodeInto(snap, m.HEAPU8.subarray(at, at + max)).written, null);
      };
      const call = (m) => {
        const t = performance.now();
        if (new TextDecoder().decode(analyze(m, snap.length * 3)).includes('"error"')) throw new Error('the core answered an error');
        return performance.now() - t;
      };
      const a = []; const b = [];
      for (let k = 0; k < 6; k++) {
        if (bFirst) { b.push(call(mb)); a.push(call(ma)); } else { a.push(call(ma)); b.push(call(mb)); }
      }
      const mid = (xs) => xs.slice(1).sort((x, y) => x - y)[2];
      return { a: mid(a), b: mid(b), firstA: a[0], firstB: b[0] };
    }, { base, bFirst: i % 2 === 1 }));
  } catch (e) {
    console.error(`skipped page ${i}: ${String(e.message).split('\n')[0]}`);
  }
  await page.close();
}
await browser.close();
server.close();

const col = (k) => rows.map((r) => r[k]);
console.log(`${rows.length} ScrapingHub pages, the core's call on the page's snapshot (ms; median, p95 over pages)`);
console.log(`  calls 2-6   A ${pct(col('a'), 0.5).toFixed(2)} / ${pct(col('a'), 0.95).toFixed(2)}   B ${pct(col('b'), 0.5).toFixed(2)} / ${pct(col('b'), 0.95).toFixed(2)}`);
console.log(`  first call  A ${pct(col('firstA'), 0.5).toFixed(1)} / ${pct(col('firstA'), 0.95).toFixed(1)}   B ${pct(col('firstB'), 0.5).toFixed(1)} / ${pct(col('firstB'), 0.95).toFixed(1)}`);
console.log(`  B faster on ${rows.filter((r) => r.b < r.a).length} pages, slower on ${rows.filter((r) => r.b > r.a).length}`);
