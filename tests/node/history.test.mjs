// The wasm History must answer exactly as `winnow history` does (one core serialiser), keep its
// bytes across a reload, and refuse bytes that are not a history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot, cliPath, instantiate } from './wasm-module.mjs';

const storm = (place, year, writer) => writer === 0
  ? `A violent storm struck ${place} on Tuesday night, ${year}, tearing roofs from houses.\n` +
    `Mayor Helena Vasquez said three people were injured and 40 homes were damaged in ${place}.\n` +
    'The National Weather Service recorded gusts of 120 kilometres an hour near the harbour.\n' +
    'Emergency crews from Carlton County worked through the night to clear fallen trees.\n'
  : `Roofs were ripped off dozens of homes in ${place} when a fierce storm hit late Tuesday (${year}).\n` +
    'Three people were hurt, Mayor Helena Vasquez told reporters, and 40 houses need repairs.\n' +
    'Gusts reached 120 kilometres an hour by the harbour, according to the National Weather Service.\n' +
    `Carlton County crews spent the night removing trees that blocked the roads of ${place}.\n`;

// The committed input of the format file plus retellings, re-reads and a bad record.
function records() {
  const base = fs.readFileSync(path.join(repoRoot, 'tests/data/history-format-input.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim() !== '');
  return base.concat([
    JSON.stringify({ id: 'r1', url: 'https://four.example/x', time: '2024-02-01T00:00:00Z', title: 'Damage', text: storm('Ravensholm', 2019, 1) }),
    JSON.stringify({ id: 'r2', url: 'https://news.example/storm#top', time: 1706745600, title: 'Storm', text: storm('Ravensholm', 2019, 0) + 'The coastguard later found a fourth resident, a fisherman, injured near the pier.\n' }),
    JSON.stringify({ id: 'r3', url: 'https://five.example/y', time: 'not a time', text: 'x' }),
    JSON.stringify({ id: 7, url: 'https://six.example/z', title: 'Kettlewick storm', text: storm('Kettlewick', 2023, 0) }).replace('"title"', '"time":1706745700,"title"'),
  ]);
}

test('wasm History.visit answers byte for byte as `winnow history`', async () => {
  assert.ok(fs.existsSync(cliPath), `no native CLI at ${cliPath} (set WINNOW_NATIVE_BUILD)`);
  const lines = records();
  const db = fs.mkdtempSync(path.join(os.tmpdir(), 'winnow-hist-'));
  const cli = spawnSync(cliPath, ['history', '--db', path.join(db, 'd')], { input: lines.join('\n') + '\n' });
  assert.equal(cli.status, 0, String(cli.stderr));
  const native = cli.stdout.toString('utf8').split('\n').filter((l) => l !== '');
  fs.rmSync(db, { recursive: true, force: true });

  const m = await instantiate();
  const h = new m.History();
  const wasm = lines.map((l) => h.visit(l));
  assert.equal(wasm.length, native.length);
  // error lines too: both read the record with the core's one reader (winnow/history_record.h)
  for (let i = 0; i < wasm.length; i++) assert.equal(wasm[i], native[i], `line ${i}`);
  assert.match(wasm[5], /"error":"field 'time' must be/);
  const r1 = JSON.parse(wasm[3]);
  assert.equal(r1.match_id, 'fmt-1');
  assert.equal(r1.verdict, 'same_story');
  const r2 = JSON.parse(wasm[4]);
  assert.equal(r2.match_id, 'fmt-1');
  assert.equal(r2.verdict, 'duplicate');
  h.delete();
});

test('wasm History bytes survive a reload; lookup adds nothing; remove and retention work', async () => {
  const m = await instantiate();
  const h = new m.History();
  for (const l of records().slice(0, 3)) h.visit(l);
  assert.equal(h.size(), 3);
  const bytes = h.serialize();
  assert.ok(bytes instanceof Uint8Array && bytes.length > 100);
  const back = m.History.load(bytes);
  assert.equal(back.size(), 3);
  assert.deepEqual(JSON.parse(back.loadReport()), { records: 3, skipped: 0, problems: [] });
  const again = JSON.parse(back.lookup(records()[3]));
  assert.equal(again.match_id, 'fmt-1');
  assert.equal(back.size(), 3);
  assert.ok(back.remove('https://news.example/vote?id=3&utm_source=x'));
  assert.equal(back.size(), 2);
  assert.equal(back.retain(1704067000), 1);  // fmt-1 (2023-12-31 22:00) is older
  assert.equal(back.size(), 1);
  // The count limit keeps the pages added last; urls() lists what is held, in slot order.
  for (const l of records().slice(3, 5)) back.visit(l);
  const held = JSON.parse(back.urls());
  assert.equal(held.length, 3);
  assert.equal(back.retainCount(2), 1);
  assert.deepEqual(JSON.parse(back.urls()), held.slice(1));
  back.clear();
  assert.equal(back.size(), 0);
  assert.equal(m.History.load(new Uint8Array([1, 2, 3])), null);
  assert.ok(m.History.loadError().length > 0);
  h.delete();
  back.delete();
});
