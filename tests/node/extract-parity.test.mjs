// Extraction parity (design.md: Embind gives JavaScript the same results as the native tool).
// For every fixture page in tests/pages, `winnow snapshot` turns the Gumbo-parsed page into
// the content script's snapshot format (the core's dom::to_snapshot), the wasm module's
// extractSnapshot() labels that snapshot, and `winnow extract` labels the HTML itself. Both
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
import { spawnSync } from 'node:child_process';
import { cliPath, instantiate } from './wasm-module.mjs';
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

function withoutIdAndNodes(answer) {
  const { id, blocks, ...rest } = answer;
  return { ...rest, blocks: blocks.map(({ node, ...b }) => b) };
}

test('fixture pages: every page of the reading order is there', () => {
  assert.ok(pages.length >= 18, `only ${pages.length} fixture pages`);
  const listed = new Set(pages.map((p) => p.page));
  for (const { page } of loadReadingOrder().pages) assert.ok(listed.has(page), `${page} missing`);
});

test('wasm extractSnapshot() on `winnow snapshot` equals `winnow extract` on every fixture page', async () => {
  const snaps = runCli(['snapshot'], inputLines);
  const native = runCli(['extract'], inputLines);
  const mod = await instantiate();
  let blocksSeen = 0;
  let contentSeen = 0;
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

    const wasm = JSON.parse(mod.extractSnapshot(snapshot));
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
    blocksSeen += wasm.blocks.length;
    contentSeen += wasm.blocks.filter((b) => b.label === 'content').length;
    if (gold.page_type === 'article') assert.ok(wasm.main_text.length > 200, `${page}: article with no main text`);
  }
  // Real answers, not empty shells on both sides.
  assert.ok(blocksSeen > 300, `only ${blocksSeen} blocks over all pages`);
  assert.ok(contentSeen > 50 && contentSeen < blocksSeen, `${contentSeen} content blocks of ${blocksSeen}`);
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

// What the extension's reader sees: each page in reading order judged by the worker
// (History.analyzeSnapshot) and by a content script with a copy of the site's template memory
// (History.siteTemplates, the bytes the worker hands it) must equal `winnow extract --history` over the same order, where the whole memory is read
// and updated. The History's visits record each page as the CLI does.
test('wasm History.analyzeSnapshot() and extractSnapshotWithTemplates() with History.siteTemplates() equal `winnow extract --history` in reading order', async () => {
  const order = loadReadingOrder().pages.filter((e) => !e.serve_at).map((e) => pages.find((p) => p.page === e.page));
  const lines = order.map(({ page, html, gold }) => JSON.stringify({ id: page, url: gold.url, html }));
  const snaps = runCli(['snapshot'], lines);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winnow-tpl-'));
  const native = runCli(['extract', '--history', dir], lines);
  fs.rmSync(dir, { recursive: true, force: true });
  const mod = await instantiate();
  const hist = new mod.History();
  let templates = 0;
  for (let i = 0; i < order.length; i++) {
    const { page, gold } = order[i];
    const copy = hist.siteTemplates(gold.url);
    const wasm = JSON.parse(mod.extractSnapshotWithTemplates(snaps[i].snapshot, copy));
    assert.deepEqual(withoutIdAndNodes(wasm), withoutIdAndNodes(native[i]), `${page}: with templates, wasm and native differ`);
    // the worker's own analysis (History.analyzeSnapshot) judges alike
    const worker = JSON.parse(hist.analyzeSnapshot(snaps[i].snapshot));
    assert.deepEqual(worker, wasm, `${page}: History.analyzeSnapshot differs`);
    // the memory was only read
    assert.deepEqual(hist.siteTemplates(gold.url), copy, `${page}: analysing changed the memory`);
    hist.visit(JSON.stringify({ id: page, url: gold.url, snapshot: snaps[i].snapshot }));
    templates += wasm.blocks.filter((b) => b.kind === 'template').length;
  }
  assert.ok(templates >= 5, `only ${templates} template blocks: the memory was not used`);
  hist.delete();
});
