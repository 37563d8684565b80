// The worker's history end to end: many tabs writing at once lose nothing, the history
// survives closing and relaunching the browser on the same profile, and an export from the
// options page imports into a fresh profile (merging one entry per URL).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import * as H from './harness.mjs';

const pages = H.readingOrder().filter((p) => !p.entry.serve_at);
const byName = (n) => pages.find((p) => p.page === n);
const first = byName('bestnews-daily/met-police-call-handler-reinstatement.html');
const repost = byName('metro-wire/met-police-call-handler-repost.html');
const others = pages.filter((p) => p.gold.page_type === 'article' && p !== first && p !== repost && p.gold.story !== first.gold.story);

let srv;
const hosts = H.hostsOf(pages);
const profileA = H.tmpDir('winnow-e2e-a-');
const profileB = H.tmpDir('winnow-e2e-b-');
const profileC = H.tmpDir('winnow-e2e-c-');
let exportFile;

async function optionsStats(browser) {
  const opt = await browser.context.newPage();
  await opt.goto(`chrome-extension://${browser.id}/options.html`);
  await opt.waitForFunction(() => document.getElementById('stat-pages').textContent !== '');
  const n = Number(await opt.textContent('#stat-pages'));
  await opt.close();
  return n;
}

before(async () => { srv = await H.serve(pages); });
after(async () => {
  if (srv) await srv.close();
  for (const d of [profileA, profileB, profileC]) fs.rmSync(d, { recursive: true, force: true });
  for (const f of [`${profileB}-export.json`, `${profileB}-bad.json`]) fs.rmSync(f, { force: true });
});

test('articles read in many tabs at once are all recorded, and survive a browser restart', async () => {
  let b = await H.launch({ profile: profileA, hosts, port: srv.port });
  const read = await H.readPage(b.context, first.url);
  assert.equal((await H.marksOf(read)).verdict, 'different');
  // Several tabs at once: the worker's queue must keep every visit.
  const five = others.slice(0, 5);
  const tabs = await Promise.all(five.map((p) => H.readPage(b.context, p.url)));
  for (const [i, t] of tabs.entries()) {
    const m = await H.marksOf(t);
    assert.equal(m.pageType, 'article', five[i].page);
    // A story no other of these tabs tells is new; two tabs of one story race for "first".
    const alone = five.filter((p) => p.gold.story === five[i].gold.story).length === 1;
    if (alone) assert.equal(m.verdict, 'different', five[i].page);
    else assert.ok(['different', 'duplicate', 'same_story'].includes(m.verdict), five[i].page);
  }
  const listing = await H.readPage(b.context, pages.find((p) => p.gold.page_type === 'listing').url);
  assert.equal((await H.marksOf(listing)).verdict, 'different');
  assert.equal(await optionsStats(b), 6, 'six articles recorded, the listing not');
  await b.context.close();

  b = await H.launch({ profile: profileA, hosts, port: srv.port });
  assert.equal(await optionsStats(b), 6, 'the history survived the restart');

  // Export from the options page, as a reader would.
  const opt = await b.context.newPage();
  await opt.goto(`chrome-extension://${b.id}/options.html`);
  const [download] = await Promise.all([opt.waitForEvent('download'), opt.click('#export')]);
  exportFile = path.join(profileB + '-export.json');
  await download.saveAs(exportFile);

  // The restarted browser still knows the story.
  const again = await H.readPage(b.context, repost.url);
  await H.reveal(again);  // the banner is drawn when the reader asks for it
  const m = await H.marksOf(again);
  assert.equal(m.verdict, 'duplicate');
  assert.equal(new URL(m.match).pathname, new URL(first.gold.url).pathname);
  assert.match(m.banner, /You read this story on bestnews-daily\.example/);
  await b.context.close();
  const data = JSON.parse(fs.readFileSync(exportFile, 'utf8'));
  assert.equal(data.format, 'winnow-history');
  assert.equal(data.version, 1);
  assert.equal(data.entries.length, 6);
  assert.equal(new Set(data.entries.map((e) => e.url)).size, 6);
});

test('an export imports into a fresh profile, merging one entry per URL', async () => {
  assert.ok(exportFile, 'the export test ran');
  const b = await H.launch({ profile: profileB, hosts, port: srv.port });
  const opt = await b.context.newPage();
  await opt.goto(`chrome-extension://${b.id}/options.html`);
  await opt.setInputFiles('#import', exportFile);
  await opt.waitForFunction(() => /Imported/.test(document.getElementById('history-status').textContent));
  assert.match(await opt.textContent('#history-status'), /Imported 6 pages \(0 already known\)/);
  await opt.setInputFiles('#import', []);
  await opt.setInputFiles('#import', exportFile);
  await opt.waitForFunction(() => /6 already known/.test(document.getElementById('history-status').textContent));
  assert.equal(await optionsStats(b), 6);
  // The imported history recognises the story.
  const tab = await H.readPage(b.context, repost.url);
  const m = await H.marksOf(tab);
  assert.equal(m.verdict, 'duplicate');
  assert.equal(new URL(m.match).pathname, new URL(first.gold.url).pathname);
  // A file that is not an export is refused without touching the history.
  const bad = path.join(profileB + '-bad.json');
  fs.writeFileSync(bad, JSON.stringify({ format: 'something-else', entries: [] }));
  await opt.setInputFiles('#import', bad);
  await opt.waitForFunction(() => /not a Winnow/.test(document.getElementById('history-status').textContent));
  assert.equal(await optionsStats(b), 7, '6 imported + the repost just read');
  // An incognito tab's reading is answered but never recorded (the worker's rule; the
  // content script flags it from chrome.extension.inIncognitoContext, the worker also from
  // sender.tab.incognito).
  const secret = await H.lookupStory(opt, H.articleParagraphs(repost.file));
  assert.equal(secret.verdict, 'duplicate', 'answered from the history');
  assert.equal(await optionsStats(b), 7, 'but not recorded');
  // Clear history: nothing left, and the story is new again.
  await opt.click('#clear');
  await opt.waitForFunction(() => /cleared/.test(document.getElementById('history-status').textContent));
  assert.equal(await optionsStats(b), 0);
  const fresh = await H.readPage(b.context, first.url);
  assert.equal((await H.marksOf(fresh)).verdict, 'different');
  await b.context.close();
});

// A visit is journalled, not written whole; every 16 visits the history is written and the
// journal emptied. A restart replays the journal through the core: the same state comes back.
const EXTRA = 'http://www.bestnews-daily.example/harbour-ferry-returns.html';
const extraParas = [
  'The Kelso Point ferry returned to service on Thursday morning after a nine-week suspension, carrying 212 passengers across the estuary on its first crossing.',
  'Harbour master Ingrid Solberg said the repaired vessel had passed two sea trials and a full inspection of the new gearbox fitted at the Dunmore yard in October.',
  'Commuters who had faced a ninety-minute detour by road welcomed the return, though several said the timetable still left a gap in the early evening service.',
  'The operator has promised a second boat by the spring and a review of fares, which rose by eight per cent when the route was taken over last year.',
];
test('visits are journalled and folded into the history every 16; a restart replays the journal', async () => {
  srv.route(EXTRA, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry returns</title></head>
<body><main><article><h1>Harbour ferry returns after nine weeks</h1>${extraParas.map((t) => `<p>${t}</p>`).join('')}</article></main></body></html>`);
  let b = await H.launch({ profile: profileC, hosts, port: srv.port });
  try {
    for (const p of pages) await (await H.readPage(b.context, p.url)).close();  // 17 visits: the 17th writes all
    let state = await b.sw.evaluate(() => WinnowHistory.saveState());
    assert.equal(state.journalled, 0, 'the 17th visit wrote the whole history and emptied the journal');
    await (await H.readPage(b.context, EXTRA)).close();
    state = await b.sw.evaluate(async () => ({ ...(await WinnowHistory.saveState()), onDisk: (await WinnowStore.loadJournal()).length,
      base: !!(await WinnowStore.loadCore()), bytes: (await WinnowHistory.stats()).bytes }));
    assert.deepEqual([state.journalled, state.onDisk, state.base], [1, 1, true]);
    const pagesBefore = await optionsStats(b);
    await b.context.close();

    b = await H.launch({ profile: profileC, hosts, port: srv.port });
    assert.equal(await optionsStats(b), pagesBefore);
    assert.equal((await b.sw.evaluate(() => WinnowHistory.stats())).bytes, state.bytes, 'the replayed history has the same bytes');
    const opt = await b.context.newPage();
    await opt.goto(`chrome-extension://${b.id}/options.html`);
    const seen = await H.lookupStory(opt, extraParas);
    assert.equal(seen.verdict, 'duplicate', 'the journalled visit came back through the core');
    assert.equal(new URL(seen.match_url).pathname, new URL(EXTRA).pathname);
  } finally {
    await b.context.close().catch(() => {});
  }
});

// A database written by the version before the journal (version 1: 'core' and 'pages' only)
// opens as version 2 with everything kept, and takes journal entries.
test('a version-1 history database upgrades in place to the journal version', async () => {
  const b = await H.launch({ profile: H.tmpDir('winnow-e2e-d-'), hosts, port: srv.port });
  try {
    const r = await b.sw.evaluate(async () => {
      const name = 'winnow-v1-test';
      const v1 = await new Promise((resolve, reject) => {
        const q = indexedDB.open(name, 1);
        q.onupgradeneeded = () => {
          q.result.createObjectStore('core');
          q.result.createObjectStore('pages', { keyPath: 'url' });
        };
        q.onsuccess = () => resolve(q.result);
        q.onerror = () => reject(q.error);
      });
      await new Promise((resolve, reject) => {
        const tx = v1.transaction(['core', 'pages'], 'readwrite');
        tx.objectStore('core').put(new Uint8Array([87, 78, 87, 72]), 'history');
        tx.objectStore('pages').put({ url: 'https://old.example/a', site: 'old.example', title: 'Old', time: 1, text: 'x' });
        tx.oncomplete = resolve; tx.onerror = () => reject(tx.error);
      });
      v1.close();
      const store = WinnowStore.storeNamed(name);
      const before = { core: Array.from(await store.loadCore()), pages: (await store.allPages()).map((p) => p.url), journal: (await store.loadJournal()).length };
      await store.append({ id: 'u', url: 'https://new.example/b', time: 2, title: 'New', text: 'y' }, { url: 'https://new.example/b', site: 'new.example', title: 'New', time: 2, text: 'y' });
      const after = { journal: (await store.loadJournal()).map((j) => j.url), pages: (await store.allPages()).map((p) => p.url).sort() };
      return { before, after };
    });
    assert.deepEqual(r.before, { core: [87, 78, 87, 72], pages: ['https://old.example/a'], journal: 0 });
    assert.deepEqual(r.after, { journal: ['https://new.example/b'], pages: ['https://new.example/b', 'https://old.example/a'] });
  } finally {
    await b.context.close().catch(() => {});
  }
});

// Faults in the real browser: the core's bytes in IndexedDB damaged, the worker stopped (as
// Chromium stops an idle one), storage full. The export after equals the export before.
const DAMAGE_PAGES = Array.from({ length: 6 }, (_, i) => ({
  url: `https://archive.example/story-${i}`,
  title: `Archived story ${i}`,
  time: Math.floor(Date.now() / 1000) - (10 - i) * 3600,
  text: extraParas.map((t) => t.replace(/ferry|harbour|estuary/g, ['bridge', 'canal', 'valley', 'tunnel', 'airport', 'market'][i]) + ` Report ${i}.`).join('\n'),
}));

// Stops the extension's service worker through the DevTools protocol, as Chromium stops an
// idle one; the next message starts a new one. Returns an extension page to send it from.
// (Playwright reports the stop late: the protocol's own events say when it is done.)
async function restartWorker(b) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.id}/popup.html`);
  const cdp = await b.context.newCDPSession(page);
  const stopped = new Promise((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.scriptURL.includes('/sw.js') && v.runningStatus === 'stopped')) resolve();
  }));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  return page;
}

const send = (page, m) => page.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
const exportEntries = async (page) => (await send(page, { type: 'export' })).data.entries;

// The 'core' store of the extension's IndexedDB, from one of its pages: its keys, or with
// `put` (an array of bytes) the core's bytes written, or else read.
function coreStore(page, op, put) {
  return page.evaluate(async ([what, bytes]) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('winnow');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction('core', what === 'put' ? 'readwrite' : 'readonly');
    const store = tx.objectStore('core');
    const r = what === 'keys' ? store.getAllKeys() : what === 'put' ? store.put(Uint8Array.from(bytes), 'history') : store.get('history');
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
    return what === 'get' ? Array.from(r.result) : r.result;
  }, [op, put || null]);
}

// The core's bytes as IndexedDB holds them, damaged: 'record' flips one bit in the third
// record, 'records' damages every record, 'magic' the header's magic.
async function damageStoredBytes(page, how) {
  const b = await coreStore(page, 'get');
  const at = [];  // the record frames ('WREC')
  for (let i = 0; i + 4 <= b.length; i++) if (b[i] === 87 && b[i + 1] === 82 && b[i + 2] === 69 && b[i + 3] === 67) at.push(i);
  if (how === 'record') b[at[2] + 40] ^= 1;
  if (how === 'records') for (const i of at) b[i + 40] ^= 255;
  if (how === 'magic') b[0] ^= 255;
  await coreStore(page, 'put', b);
}

const asideKeys = async (page) => (await coreStore(page, 'keys')).filter((k) => String(k).startsWith('unreadable-'));

test('damaged history bytes lose no page: one record, every record, the magic; the worker rebuilds and tells', async () => {
  const b = await H.launch({ profile: H.tmpDir('winnow-e2e-e-'), hosts, port: srv.port });
  try {
    const opt = await b.context.newPage();
    await opt.goto(`chrome-extension://${b.id}/options.html`);
    const imported = await send(opt, { type: 'import', data: { format: 'winnow-history', version: 1, entries: DAMAGE_PAGES } });
    assert.equal(imported.added, 6);
    await (await H.readPage(b.context, first.url)).close();  // and one in the journal
    const before = await exportEntries(opt);
    assert.equal(before.length, 7);
    const cases = [['one flipped byte in one record', 'record', 1], ['every record damaged', 'records', 7],
      ['the magic damaged', 'magic', 7]];
    for (const [what, damage, rebuilt] of cases) {
      await damageStoredBytes(opt, damage);
      const page = await restartWorker(b);
      assert.deepEqual(await exportEntries(page), before, `${what}: the export after equals the export before`);
      const state = await send(page, { type: 'saveState' });
      assert.equal(state.recovered && state.recovered.rebuilt, rebuilt, what);
      const told = await page.evaluate(() => chrome.storage.local.get('historyRecovered'));
      assert.deepEqual(told.historyRecovered, state.recovered, `${what}: the reader is told`);
      // The popup tells it once, then forgets it.
      const popup = await b.context.newPage();
      await popup.goto(`chrome-extension://${b.id}/popup.html`);
      await popup.waitForFunction(() => !document.getElementById('recovered').hidden);
      assert.match(await popup.textContent('#recovered'), new RegExp(`rebuilt it from the ${rebuilt} pages`), what);
      await popup.waitForFunction(async () => !(await chrome.storage.local.get('historyRecovered')).historyRecovered);
      await popup.reload();
      await popup.waitForFunction(() => !document.getElementById('none').hidden || !document.getElementById('state').hidden);
      assert.equal(await popup.evaluate(() => document.getElementById('recovered').hidden), true, `${what}: told once`);
      await popup.close();
      const seen = await H.lookupStory(page, DAMAGE_PAGES[3].text.split('\n'));
      assert.notEqual(seen.verdict, 'different', `${what}: the rebuilt history knows the pages`);
      await page.close();
    }
    assert.equal((await asideKeys(opt)).length, 3, 'each damaged version was set aside');
    await send(opt, { type: 'clear' });
    assert.deepEqual(await asideKeys(opt), [], 'Clear removes them');
  } finally {
    await b.context.close().catch(() => {});
  }
});

test('pages read while storage is full survive a worker restart, and the warning stays until they are written', async () => {
  // unlimitedStorage lifts the quota, so a copy of the extension without it is loaded, its
  // quota then cut to nothing (DevTools protocol; it holds until reset, across worker
  // restarts): IndexedDB refuses its writes as it does on a full disk.
  const extension = H.unpackedFor('chromium');
  const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'manifest.json'), 'utf8'));
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  fs.writeFileSync(path.join(extension, 'manifest.json'), JSON.stringify(manifest));
  const b = await H.launch({ profile: H.tmpDir('winnow-e2e-f-'), hosts, port: srv.port, extension });
  try {
    const opt = await b.context.newPage();
    await opt.goto(`chrome-extension://${b.id}/options.html`);
    const [p1, p2, p3] = others;
    // Before the first write: IndexedDB keeps a grant of space for a while once it has one.
    const origin = `chrome-extension://${b.id}`;
    const cdp = await b.context.newCDPSession(opt);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    for (const p of [p1, p2]) await (await H.readPage(b.context, p.url)).close();
    let state = await send(opt, { type: 'saveState' });
    assert.deepEqual([state.writeError, state.unsaved], ['quota', 2], 'the writes failed for want of space');

    const page = await restartWorker(b);
    state = await send(page, { type: 'saveState' });
    assert.deepEqual([state.writeError, state.unsaved], ['quota', 2], 'the warning is still there after the restart');
    const seen = await H.lookupStory(page, H.articleParagraphs(p2.file));
    assert.notEqual(seen.verdict, 'different', 'the page read while full is in the restarted worker\'s history');

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await (await H.readPage(b.context, p3.url)).close();
    state = await send(page, { type: 'saveState' });
    assert.deepEqual([state.writeError, state.unsaved], [null, 0], 'written once there is space');
    const urls = (await exportEntries(page)).map((e) => new URL(e.url).pathname).sort();
    assert.deepEqual(urls, [p1, p2, p3].map((p) => new URL(p.url).pathname).sort());
    const again = await restartWorker(b);
    assert.deepEqual((await exportEntries(again)).map((e) => new URL(e.url).pathname).sort(), urls);
  } finally {
    await b.context.close().catch(() => {});
    fs.rmSync(extension, { recursive: true, force: true });
  }
});
