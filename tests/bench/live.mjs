// `npm run bench:live`: a reader on pages that keep changing (a live blog, an endless list).
// Each fixture article is read in Chromium with the extension, then changed seven times: three
// changes in quick succession (passes through the worker, after which the page loads a module
// of its own while it is idle), a pause of two seconds, four more changes. Per change: where the
// pass ran (the worker, or the page's own module) and how long its analysis took, from the
// content script's own timing (debugTiming). Reports, per change, medians and maxima over pages.
import fs from 'node:fs';

import * as H from '../e2e/harness.mjs';
import { pct } from './pages.mjs';

const pages = H.readingOrder().filter((p) => !p.entry.serve_at && p.gold.page_type === 'article');
const CHANGES = 7;

const srv = await H.serve(pages);
const profile = H.tmpDir('winnow-bench-live-');
const browser = await H.launch({ profile, hosts: H.hostsOf(pages), port: srv.port });
await browser.sw.evaluate(() => chrome.storage.local.set({ debugTiming: true }));

const runs = [];  // per page: [{via, analyze, total}] per change
for (const p of pages) {
  const tab = await H.readPage(browser.context, p.url);
  const out = [];
  const change = async (n) => {
    await tab.evaluate((k) => {
      const q = document.createElement('p');
      q.textContent = `Update ${k}: a paragraph appended by the benchmark, long enough to be a block of its own.`;
      document.body.appendChild(q);
    }, n);
    await tab.waitForFunction((k) => document.body.lastElementChild.textContent.startsWith(`Update ${k}:`) &&
      document.body.lastElementChild.hasAttribute('data-winnow'), n);
    await tab.waitForTimeout(50);  // the timing attribute is written just after the marks
    const s = await tab.evaluate(() => document.documentElement.getAttribute('data-winnow-ms'));
    const cut = s.lastIndexOf(' ');
    const ms = JSON.parse(s.slice(0, cut));
    out.push({ via: s.slice(cut + 1), analyze: ms.analyze, total: ms.total });
  };
  await tab.waitForTimeout(1000);
  for (let n = 0; n < 3; n++) await change(n);
  await tab.waitForTimeout(2000);
  for (let n = 3; n < CHANGES; n++) {
    await change(n);
    await tab.waitForTimeout(400);
  }
  runs.push(out);
  await tab.close();
}
await browser.context.close();
await srv.close();
fs.rmSync(profile, { recursive: true, force: true });

const f = (x) => x.toFixed(1).padStart(6);
console.log(`Passes on ${runs.length} fixture pages that keep changing (ms; medians and maxima over pages)`);
console.log('change  where (pages)              analysis med    max | whole pass med    max');
for (let i = 0; i < CHANGES; i++) {
  const col = runs.map((r) => r[i]);
  const local = col.filter((x) => x.via === 'content').length;
  const where = `page ${local}, worker ${col.length - local}`.padEnd(26);
  const a = col.map((x) => x.analyze);
  const t = col.map((x) => x.total);
  console.log(`${String(i + 1).padStart(6)}  ${where} ${f(pct(a, 0.5))} ${f(Math.max(...a))} | ${f(pct(t, 0.5))} ${f(Math.max(...t))}`);
}
