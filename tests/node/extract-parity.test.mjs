// Extraction parity (design.md: Embind gives JavaScript the same results as the native tool).
// For every fixture page in tests/pages, `winnow snapshot` turns the Gumbo-parsed page into
// the content script's snapshot format (the core's dom::to_snapshot), the wasm module's one
// analysis (Module.analyze, through extension/lib/core.js as the extension calls it) labels
// that snapshot, and `winnow extract` labels the HTML itself. Both
// answers must agree on every field and every block (text, label, kind, reason).
//
// Two fields differ by design and are checked differently:
//   - "id": the module answers with "id": null, the CLI echoes the input id;
//   - "node": the native answer names a block's element by its Gumbo tree NodeId, the
//     snapshot answer by its element index in the snapshot (what the content script maps
//     back to its element list). The Gumbo adapter numbers nodes in document pre-order with
//     the root as 0, and to_snapshot writes them in that same order, so NodeId N is snapshot
//     record N; the test checks that record N is an element whose element index is the
//     module's "node". That is, both name the same element.
//
// The native extract_snapshot() path has no CLI door; the Catch2 test "fixtures: the snapshot
// path gives the same labels as the Gumbo path" covers it natively.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { cliPath, instantiate, loadCoreJs, repoRoot } from './wasm-module.mjs';
import { listPages, loadPage, loadReadingOrder } from '../pages/gold.mjs';

const RS = '\x1e';
const US = '\x1f';

const pages = listPages().map((p) => loadPage(p));
const inputLines = pages.map(({ page, html, gold }) => JSON.stringify({ id: page, url: gold.url, html }));

function runCli(args, lines) {
  assert.ok(fs.existsSync(cliPath), `no native CLI at ${cliPath} (set WINNOW_NATIVE_BUILD)`);
  const r = spawnSync(cliPath, args, { input: lines.join('\n') + '\n', maxBuffer: 256 << 20 });
  assert.equal(r.status, 0, `winnow ${args.join(' ')} failed: ${r.stderr}`);
  const out = r.stdout.toString('utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  assert.equal(out.length, lines.length, `winnow ${args.join(' ')}: one answer per line`);
  return out;
}

// Snapshot records after the header: [{type: 'E'|'T', element: index or -1}], 1-based like
// the Gumbo NodeIds (index 0 is the header).
function snapshotRecords(snapshot) {
  const recs = snapshot.split(RS);
  let elements = 0;
  return recs.map((r, i) => {
    if (i === 0) return { type: 'header', fields: r.split(US) };
    const type = r.split(US, 1)[0];
    return { type, element: type === 'E' ? elements++ : -1 };
  });
}

// The snapshot as the content script writes it: everything below an element flagged 'h' left
// out (snapshot.h). Returns the pruned snapshot, how many records went, and for each kept
// element record its element index in the full snapshot.
function pruneHidden(snapshot) {
  const recs = snapshot.split(RS);
  const kept = [recs[0]];
  const elementOf = [];
  let element = -1;
  let below = -1;  // depth of the hidden element being skipped, -1: none
  let dropped = 0;
  for (const r of recs.slice(1)) {
    const f = r.split(US);
    if (f[0] === 'E') element++;
    const depth = Number(f[1]);
    if (below >= 0 && depth > below) { dropped++; continue; }
    below = -1;
    kept.push(r);
    if (f[0] === 'E') {
      elementOf.push(element);
      if ((f[6] || '').includes('h')) below = depth;
    }
  }
  return { snapshot: kept.join(RS), dropped, elementOf };
}

// The answer judged with a copy of the site's template memory, as the worker judges.
function analyzeWith(core, hist, snapshot, url) {
  const t = hist.siteTemplates(url);
  try { return core.analyze(snapshot, t); } finally { t.free(); }
}

function templateBytes(hist, url) {
  const t = hist.siteTemplates(url);
  try { return t.bytes(); } finally { t.free(); }
}

function withoutIdAndNodes(answer) {
  const { id, blocks, ...rest } = answer;
  return { ...rest, blocks: blocks.map(({ node, ...b }) => b) };
}

test('fixture pages: every page of the reading order is there', () => {
  assert.ok(pages.length >= 18, `only ${pages.length} fixture pages`);
  const listed = new Set(pages.map((p) => p.page));
  for (const { page } of loadReadingOrder().pages) assert.ok(listed.has(page), `${page} missing`);
});

test('wasm analyze() on `winnow snapshot` equals `winnow extract` on every fixture page', async () => {
  const snaps = runCli(['snapshot'], inputLines);
  const native = runCli(['extract'], inputLines);
  const core = await loadCoreJs(await instantiate());
  let blocksSeen = 0;
  let contentSeen = 0;
  let prunedRecords = 0;
  for (let i = 0; i < pages.length; i++) {
    const { page, gold } = pages[i];
    assert.equal(snaps[i].id, page);
    assert.equal(native[i].id, page);
    assert.ok(!native[i].error, `${page}: native error ${native[i].error}`);
    const snapshot = snaps[i].snapshot;
    assert.equal(typeof snapshot, 'string', `${page}: no snapshot (${snaps[i].error})`);
    const recs = snapshotRecords(snapshot);
    assert.deepEqual(recs[0].fields.slice(0, 2), ['W1', gold.url], `${page}: snapshot header`);
    assert.ok(recs.length > 5, `${page}: snapshot has only ${recs.length} records`);

    const wasm = core.analyze(snapshot, null);
    assert.equal(wasm.id, null);
    assert.ok(!wasm.error, `${page}: wasm error ${wasm.error}`);
    // Every field and every block, in order, except id and node.
    assert.deepEqual(withoutIdAndNodes(wasm), withoutIdAndNodes(native[i]), `${page}: wasm and native differ`);

    // node: the same element on both sides (see the header comment).
    for (let b = 0; b < native[i].blocks.length; b++) {
      const n = native[i].blocks[b].node;
      const w = wasm.blocks[b].node;
      assert.ok(Number.isInteger(n) && n > 0 && n < recs.length, `${page} block ${b}: native node ${n}`);
      assert.equal(recs[n].type, 'E', `${page} block ${b}: native node ${n} is not an element record`);
      assert.equal(w, recs[n].element, `${page} block ${b}: wasm node ${w} is not native node ${n}'s element`);
    }
    // Hidden subtrees left out as the content script does: the same answer, each block on
    // the same element.
    const pruned = pruneHidden(snapshot);
    prunedRecords += pruned.dropped;
    const lean = core.analyze(pruned.snapshot, null);
    assert.deepEqual(withoutIdAndNodes(lean), withoutIdAndNodes(wasm), `${page}: hidden subtrees changed the answer`);
    assert.deepEqual(lean.blocks.map((b) => pruned.elementOf[b.node]), wasm.blocks.map((b) => b.node),
      `${page}: without hidden subtrees a block names another element`);

    blocksSeen += wasm.blocks.length;
    contentSeen += wasm.blocks.filter((b) => b.label === 'content').length;
    if (gold.page_type === 'article') assert.ok(wasm.main_text.length > 200, `${page}: article with no main text`);
  }
  // Real answers, not empty shells on both sides.
  assert.ok(blocksSeen > 300, `only ${blocksSeen} blocks over all pages`);
  assert.ok(contentSeen > 50 && contentSeen < blocksSeen, `${contentSeen} content blocks of ${blocksSeen}`);
  assert.ok(prunedRecords > 0, 'no record below a hidden element: the pruning check checks nothing');
});

// The fixture pages hide little; news pages hide menus, dialogs and mobile copies by the
// hundred. The development set of ../shared/eval is used here for breadth only; like the
// Catch2 tests that read it, this fails without it (CI has it).
const SH = path.join(repoRoot, '../shared/eval/boilerplate/scrapinghub.jsonl.gz');
test('ScrapingHub pages: leaving out hidden subtrees changes no answer', async () => {
  assert.ok(fs.existsSync(SH), `${SH} is missing: this test needs the development data of ../shared/eval`);
  const lines = zlib.gunzipSync(fs.readFileSync(SH)).toString('utf8').split('\n').filter((l) => l.trim())
    .map((l) => { const r = JSON.parse(l); return JSON.stringify({ id: r.id, url: r.url, html: r.html }); });
  const snaps = runCli(['snapshot'], lines);
  const core = await loadCoreJs(await instantiate());
  let dropped = 0;
  let blocks = 0;
  for (const s of snaps) {
    assert.equal(typeof s.snapshot, 'string', `${s.id}: no snapshot`);
    const full = core.analyze(s.snapshot, null);
    const pruned = pruneHidden(s.snapshot);
    dropped += pruned.dropped;
    blocks += full.blocks.length;
    const lean = core.analyze(pruned.snapshot, null);
    assert.deepEqual(withoutIdAndNodes(lean), withoutIdAndNodes(full), `${s.id}: hidden subtrees changed the answer`);
    assert.deepEqual(lean.blocks.map((b) => pruned.elementOf[b.node]), full.blocks.map((b) => b.node), `${s.id}: a block names another element`);
  }
  assert.ok(snaps.length > 150 && blocks > 5000, `${snaps.length} pages, ${blocks} blocks`);
  assert.ok(dropped > 10000, `only ${dropped} records below hidden elements`);
});

test('core.js analyze(): non-ASCII text, lone surrogates and one buffer reused across sizes', async () => {
  const core = await loadCoreJs(await instantiate());
  const page = (body) => ['W1', 'https://x.example/a', 'de', 'Titel', ''].join(US) + RS +
    ['E', '0', 'html', '', '', '', '', ''].join(US) + RS + ['E', '1', 'body', '', '', '', '', ''].join(US) + RS +
    ['E', '2', 'p', '', '', '', '', ''].join(US) + RS + ['T', '3', body].join(US);
  const long = 'Grüße aus Köln, sagte der Bürgermeister am Montag über die neue Brücke. '.repeat(400);
  const a = core.analyze(page(long), null);
  assert.equal(a.title, 'Titel');
  assert.equal(a.blocks.length, 1);
  assert.equal(a.blocks[0].text, long.trim());
  // A shorter page after a longer one: only the bytes written count, nothing of the last page.
  const b = core.analyze(page('Straße \u{1F600} und \uD800 Ende.'), null);
  assert.equal(b.blocks[0].text, 'Straße \u{1F600} und \uFFFD Ende.');
});

test('`winnow snapshot` answers a bad line with an error and goes on', () => {
  const out = runCli(['snapshot'], [
    JSON.stringify({ id: 'a', url: 'https://x.example/' }),
    'not json',
    JSON.stringify({ id: 'b', url: 'https://x.example/b', html: '<html lang="de"><title>T</title><p hidden>x</p><p>Hallo</p>' }),
  ]);
  assert.equal(out[0].id, 'a');
  assert.match(out[0].error, /html/);
  assert.ok(out[1].error);
  assert.equal(out[2].id, 'b');
  const recs = out[2].snapshot.split(RS).map((r) => r.split(US));
  assert.deepEqual(recs[0], ['W1', 'https://x.example/b', 'de', 'T', '']);
  assert.ok(recs.some((f) => f[0] === 'E' && f[2] === 'p' && f[6] === 'h'), 'hidden <p> flagged h');
  assert.ok(recs.some((f) => f[0] === 'T' && f[2] === 'Hallo'), 'text record');
});

// What the extension's reader sees: each page in reading order judged with a copy of its site's
// template memory, as the worker does (History.siteTemplates) and as a content script does with
// that copy's bytes, must equal `winnow extract --history` over the same order, where the whole
// memory is read and updated. The History's visits record each page as the CLI does.
test('wasm analyze() with History.siteTemplates(), and with its bytes read back, equals `winnow extract --history` in reading order', async () => {
  const order = loadReadingOrder().pages.filter((e) => !e.serve_at).map((e) => pages.find((p) => p.page === e.page));
  const lines = order.map(({ page, html, gold }) => JSON.stringify({ id: page, url: gold.url, html }));
  const snaps = runCli(['snapshot'], lines);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winnow-tpl-'));
  const native = runCli(['extract', '--history', dir], lines);
  fs.rmSync(dir, { recursive: true, force: true });
  const core = await loadCoreJs(await instantiate());
  const hist = core.openHistory(null);
  let templates = 0;
  for (let i = 0; i < order.length; i++) {
    const { page, gold } = order[i];
    const copy = hist.siteTemplates(gold.url);
    const bytes = copy.bytes();
    const wasm = core.analyze(snaps[i].snapshot, copy);
    assert.deepEqual(withoutIdAndNodes(wasm), withoutIdAndNodes(native[i]), `${page}: with templates, wasm and native differ`);
    // the content script's door: the copy as bytes, read back by its own module
    const theirs = core.readTemplates(bytes);
    assert.deepEqual(core.analyze(snaps[i].snapshot, theirs), wasm, `${page}: the templates' bytes judge otherwise`);
    // the memory and the copy were only read
    assert.deepEqual(copy.bytes(), bytes, `${page}: analysing changed the copy`);
    const after = hist.siteTemplates(gold.url);
    assert.deepEqual(after.bytes(), bytes, `${page}: analysing changed the memory`);
    for (const t of [copy, theirs, after]) t.free();
    hist.visit({ id: page, url: gold.url, snapshot: snaps[i].snapshot });
    templates += wasm.blocks.filter((b) => b.kind === 'template').length;
  }
  assert.ok(templates >= 5, `only ${templates} template blocks: the memory was not used`);
  hist.free();
});

// The worker's first pass (core.js HistoryHandle.read): one analysis answers the marks at once
// and the story after, exactly as analyze() with the site's templates then visit() do; a lookup
// read (incognito) records nothing, neither a page nor the site's templates.
test('wasm History.read() then story() answers as analyze() plus visit(), a lookup read as lookup()', async () => {
  const order = loadReadingOrder().pages.map((e) => pages.find((p) => p.page === e.page));
  const lines = order.map(({ page, html, gold }) => JSON.stringify({ id: page, url: gold.url, html }));
  const snaps = runCli(['snapshot'], lines);
  const core = await loadCoreJs(await instantiate());
  const apart = core.openHistory(null);
  const once = core.openHistory(null);
  const seen = new Set();
  for (let i = 0; i < order.length; i++) {
    const { page, gold } = order[i];
    const rec = { id: page, url: gold.url, time: 1700000000 + i * 60, snapshot: snaps[i].snapshot };
    const analysed = analyzeWith(core, apart, snaps[i].snapshot, gold.url);
    const before = templateBytes(once, gold.url);
    const size = once.size();
    const looked = once.read(rec, false);
    assert.deepEqual(looked.page, analysed, `${page}: a lookup read's page differs`);
    assert.deepEqual(looked.story(), apart.lookup(rec), `${page}: a lookup read's story differs`);
    assert.deepEqual(templateBytes(once, gold.url), before, `${page}: a lookup read recorded templates`);
    assert.equal(once.size(), size, `${page}: a lookup read added a page`);
    const reading = once.read(rec, true);
    assert.deepEqual(reading.page, analysed, `${page}: read's page differs`);
    assert.equal(once.size(), size, `${page}: read added the page before its story`);
    const story = reading.story();
    assert.deepEqual(story, apart.visit(rec), `${page}: read's story differs`);
    seen.add(story.verdict);
  }
  assert.ok(seen.has('duplicate') && seen.has('same_story') && seen.has('different'), `verdicts seen: ${[...seen]}`);
  assert.deepEqual(once.bytes(), apart.bytes(), 'the two histories differ');
  assert.throws(() => once.read({ id: 'x', url: 'https://a.example/', time: 'never', snapshot: '' }, true), /time/);
  assert.throws(() => once.read({ id: 'x', url: 'https://a.example/', time: 1, text: 'A text DOC' }, true), /no snapshot/);
  apart.free();
  once.free();
});
