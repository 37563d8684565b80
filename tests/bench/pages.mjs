// What the browser benches share: the ScrapingHub pages as a browser gets them (scripts
// stripped: nothing of the page's own runs), how a page counts as loaded, percentiles.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import * as H from '../e2e/harness.mjs';

const SH = path.resolve(H.ROOT, '../shared/eval/boilerplate/scrapinghub.jsonl.gz');

// [{id, html}], empty when the evaluation data is not there.
export function scrapinghubPages() {
  if (!fs.existsSync(SH)) return [];
  return zlib.gunzipSync(fs.readFileSync(SH)).toString('utf8').split('\n').filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((r) => ({ id: r.id, html: r.html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '') }));
}

// Opens `url` and waits for its load event, or 5 s at most: in one ScrapingHub page two
// images of a host that does not resolve stay incomplete in Chromium, and `load` never comes.
export async function loaded(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20000 });
  await page.waitForLoadState('load', { timeout: 5000 }).catch(() => {});
}

export const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
