// No stored page is lost by a fault: the worker's history (extension/background/history.js
// over the wasm core, tests/node/fake-worker.mjs) rebuilt from its page entries when the
// core's bytes are damaged, pages read while storage is full kept across a worker restart,
// retention deleting only what its limits say, and an import checked whole before any of it
// is applied. In each case the export after equals the export before, less what was removed
// on purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './wasm-module.mjs';
import { profile, startWorker, recordOffsets } from './fake-worker.mjs';

const NOW = Math.floor(Date.now() / 1000);
const DAY = 86400;

// Twenty articles as text DOCs: the fixture articles, then storm reports in other towns.
function articles() {
  const dir = path.join(repoRoot, 'tests/pages');
  const out = [];
  for (const site of fs.readdirSync(dir).sort()) {
    if (!fs.statSync(path.join(dir, site)).isDirectory() || site === 'tools') continue;
    for (const f of fs.readdirSync(path.join(dir, site)).filter((x) => x.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, site, f), 'utf8'));
      if (gold.page_type !== 'article' || /updated/.test(f)) continue;
      const html = fs.readFileSync(path.join(dir, site, f.replace('.gold.json', '.html')), 'utf8');
      const paragraphs = html.replace(/<[^>]+>/g, '\n').split('\n').map((l) => l.trim()).filter((l) => l.length > 80);
      out.push({ url: gold.url, title: gold.title || f, paragraphs });
    }
  }
  for (const town of ['Ravensholm', 'Kettlewick', 'Dunmore', 'Carlton', 'Ashby', 'Marlow', 'Fenwick', 'Hollins', 'Brackley']) {
    if (out.length >= 20) break;
    out.push({ url: `https://weather.example/${town.toLowerCase()}`, title: `Storm in ${town}`, paragraphs: [
      `A violent storm struck ${town} on Tuesday night, tearing roofs from houses on the seafront.`,
      `Mayor ${town === 'Dunmore' ? 'Ann Pryce' : 'Helena Vasquez'} said three people were injured and 40 homes were damaged in ${town}.`,
      `Emergency crews from ${town} County worked through the night to clear fallen trees and reopen the coast road.`,
    ] });
  }
  return out.map((a, i) => ({ ...a, time: NOW - (20 - i) * 3600, page_type: 'article' }));
}
const ARTICLES = articles();

async function visitAll(G, list) {
  for (const a of list) await G.WinnowHistory.visit(a, false);
}

// The export without its own date: what a reader would get back.
async function exported(G) {
  const { entries } = await G.WinnowHistory.exportJson();
  return entries;
}

// The core's answer for an article's text, asked as an incognito tab asks (nothing added).
async function verdictOf(G, a) {
  return (await G.WinnowHistory.visit({ ...a, url: 'https://private.example/x' }, true)).verdict;
}

// A profile with the twenty articles read: the first seventeen in the core's bytes (the
// seventeenth visit writes them whole), the last three in the journal.
async function readTwenty() {
  const p = profile();
  const G = await startWorker(p);
  await visitAll(G, ARTICLES);
  assert.equal(ARTICLES.length, 20);
  assert.equal(p.db.journal.length, 3);
  assert.equal(recordOffsets(p.db.core.get('history')).length, 17);
  return { p, before: await exported(G) };
}

// Restarts the worker on `p` and checks that nothing was lost and that the reader is told.
async function restartsWhole(p, before) {
  const G = await startWorker(p);
  assert.deepEqual(await exported(G), before, 'the export after equals the export before');
  assert.equal(before.length, 20);
  const state = await G.WinnowHistory.saveState();
  assert.ok(state.recovered && state.recovered.problems.length > 0, 'the reader is told');
  assert.deepEqual(p.local.data.get('historyRecovered'), state.recovered);
  for (const a of [ARTICLES[0], ARTICLES[10], ARTICLES[19]]) assert.equal(await verdictOf(G, a), 'duplicate', a.url);
  // Written back whole: the next start reads it without a problem, and tells nothing new.
  assert.equal(recordOffsets(p.db.core.get('history')).length, 20);
  const again = await startWorker(p);
  assert.equal((await again.WinnowHistory.saveState()).recovered, null);
  assert.deepEqual(await exported(again), before);
  return state.recovered;
}

test('one flipped byte in one record of the stored history loses no page', async () => {
  const { p, before } = await readTwenty();
  const bytes = p.db.core.get('history');
  bytes[recordOffsets(bytes)[5] + 40] ^= 0x01;
  const told = await restartsWhole(p, before);
  assert.equal(told.rebuilt, 1);
  assert.match(told.problems.join(' '), /damaged history record/);
});

test('every record of the stored history damaged loses no page', async () => {
  const { p, before } = await readTwenty();
  const bytes = p.db.core.get('history');
  for (const at of recordOffsets(bytes)) bytes[at + 40] ^= 0xff;
  const told = await restartsWhole(p, before);
  assert.equal(told.rebuilt, 17);
});

test('a damaged magic (bytes the core cannot read at all) loses no page; the bytes are set aside', async () => {
  const { p, before } = await readTwenty();
  p.db.core.get('history')[0] ^= 0xff;
  const told = await restartsWhole(p, before);
  assert.equal(told.rebuilt, 17);
  assert.match(told.problems[0], /not a Winnow history/);
  assert.ok(p.db.core.has(told.aside), 'the unreadable bytes are kept aside');
});

test('pages read while storage is full survive a worker restart, and the warning stays until written', async () => {
  const p = profile();
  let G = await startWorker(p);
  await visitAll(G, ARTICLES.slice(0, 5));
  p.db.full = true;
  await visitAll(G, ARTICLES.slice(5, 8));
  const waiting = async (W) => { const s = await W.WinnowHistory.saveState(); return [s.writeError, s.unsaved]; };
  assert.deepEqual(await waiting(G), ['quota', 3]);

  G = await startWorker(p);  // the browser stopped the idle worker; the disk is still full
  assert.deepEqual(await waiting(G), ['quota', 3],
    'the warning is still there after the restart');
  assert.equal(await verdictOf(G, ARTICLES[6]), 'duplicate', 'the page read while full is in the history');

  p.db.full = false;
  await visitAll(G, ARTICLES.slice(8, 9));
  assert.equal((await G.WinnowHistory.saveState()).writeError, null);
  const after = await startWorker(p);
  assert.deepEqual((await exported(after)).map((e) => e.url), ARTICLES.slice(0, 9).map((a) => a.url));
  assert.equal(p.session.data.size, 0, 'nothing left waiting in extension storage');
});

test('when session storage is full too, the pages wait in local storage', async () => {
  const p = profile();
  let G = await startWorker(p);
  p.db.full = true;
  p.session.full = true;
  await visitAll(G, ARTICLES.slice(0, 2));
  G = await startWorker(p);
  assert.equal((await G.WinnowHistory.saveState()).unsaved, 2);
  p.db.full = false;
  await visitAll(G, ARTICLES.slice(2, 3));
  assert.deepEqual((await exported(G)).map((e) => e.url), ARTICLES.slice(0, 3).map((a) => a.url));
  assert.equal(p.local.data.has('historyPending'), false);
});

test('retention deletes page entries only by its limits, never because the core lacks them', async () => {
  const p = profile();
  const G = await startWorker(p);
  await visitAll(G, ARTICLES.slice(0, 4));
  // Entries the core does not hold (an older Winnow's, or ones it refused): one recent, one old.
  p.db.pages.set('https://orphan.example/recent', { url: 'https://orphan.example/recent', site: 'orphan.example', title: 'R', time: NOW - DAY, text: 'r' });
  p.db.pages.set('https://orphan.example/old', { url: 'https://orphan.example/old', site: 'orphan.example', title: 'O', time: NOW - 200 * DAY, text: 'o' });
  p.db.core.set('unreadable-1000', new Uint8Array([1]));                 // set aside in 1970
  p.db.core.set('unreadable-' + (NOW - 19 * 3600) * 1000, new Uint8Array([2]));  // before ARTICLES[1]
  const again = await startWorker(p);
  const urls = (await exported(again)).map((e) => e.url);
  assert.deepEqual(urls, ['https://orphan.example/recent', ...ARTICLES.slice(0, 4).map((a) => a.url)]);
  assert.deepEqual((await p.db.methods.asideKeys()).length, 1, 'the bytes set aside past the age limit went');
  // The count limit keeps the pages read last, in the core and among the entries.
  assert.equal(await again.WinnowHistory.retain(90, 2), 3);
  assert.deepEqual((await exported(again)).map((e) => e.url), ARTICLES.slice(2, 4).map((a) => a.url));
  assert.equal(await verdictOf(again, ARTICLES[1]), 'different');
  assert.equal(await verdictOf(again, ARTICLES[3]), 'duplicate');
  assert.equal((await p.db.methods.asideKeys()).length, 0, 'the two pages kept were read after those bytes were set aside');
});

test('Clear removes the set-aside bytes and the pages waiting in extension storage', async () => {
  const { p } = await readTwenty();
  p.db.core.get('history')[0] ^= 0xff;
  const G = await startWorker(p);
  p.db.full = true;
  await visitAll(G, [{ ...ARTICLES[0], url: 'https://again.example/a' }]);
  assert.ok(p.session.data.has('historyPending'));
  p.db.full = false;
  await G.WinnowHistory.clear();
  assert.deepEqual([...p.db.core.keys()], ['history']);
  assert.equal(p.session.data.size, 0);
  assert.equal(p.local.data.has('historyRecovered'), false);
  assert.deepEqual(await exported(await startWorker(p)), []);
});

function exportOf(entries) {
  return { format: 'winnow-history', version: 1, exported: new Date().toISOString(), entries };
}

test('an import is checked whole: one bad entry rejects the file and changes nothing', async () => {
  const p = profile();
  const G = await startWorker(p);
  await visitAll(G, ARTICLES.slice(0, 2));
  const before = await exported(G);
  const good = ARTICLES.slice(2, 5).map((a) => ({ url: a.url, title: a.title, time: a.time, text: a.paragraphs.join('\n') }));
  const cases = [
    [{ ...good[1], url: 'javascript:alert(1)' }, /entry 2 of the file has no http or https address/],
    [{ ...good[1], url: 'file:///etc/passwd' }, /entry 2 .*http/],
    [{ ...good[1], time: 'yesterday' }, /entry 2 of the file has no reading time/],
    [{ ...good[1], text: 7 }, /entry 2 of the file has no text/],
    [null, /entry 2 of the file is not an entry/],
  ];
  for (const [bad, error] of cases) {
    await assert.rejects(G.WinnowHistory.importJson(exportOf([good[0], bad, good[2]])), error);
    assert.deepEqual(await exported(G), before);
    assert.equal(await verdictOf(G, ARTICLES[2]), 'different', 'the core read none of the file');
  }
  const huge = Array.from({ length: 100001 }, (_, i) => ({ url: `https://x.example/${i}`, time: 1, text: 'x' }));
  await assert.rejects(G.WinnowHistory.importJson(exportOf(huge)), /100001 pages, more than the 100000/);
  const big = [{ url: 'https://x.example/big', time: 1, text: 'x'.repeat(65 * 1024 * 1024) }];
  await assert.rejects(G.WinnowHistory.importJson(exportOf(big)), /larger than 64 MB/);
  assert.deepEqual(await exported(G), before);

  // A time in the future is clamped to now: it cannot outlive retention.
  const future = { ...good[0], time: NOW + 365 * DAY };
  const r = await G.WinnowHistory.importJson(exportOf([future, ...good.slice(1)]));
  assert.deepEqual([r.added, r.known], [3, 0]);
  const got = (await exported(G)).find((e) => e.url === future.url);
  assert.ok(got.time <= Math.floor(Date.now() / 1000) && got.time >= NOW, `time ${got.time}`);
  assert.equal(await verdictOf(G, ARTICLES[2]), 'duplicate');
});
