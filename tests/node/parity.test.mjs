// The wasm module and the native tool must segment text identically: every line of
// tests/corpus/parity.jsonl goes through `winnow tokens` and through the module's
// tokensJson(), and the JSON must match byte for byte; every line that differs is counted and
// named, not only the first. Also holds the corpus to its floors and the module to its size
// budget (wasm + ICU data <= 1.5 MB gzip: the extension ships it to every reader).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { repoRoot, cliPath, wasmPath, wasmJsPath, instantiate } from './wasm-module.mjs';

const corpusPath = path.join(repoRoot, 'tests/corpus/parity.jsonl');
const corpusLines = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
const records = corpusLines.map((l) => JSON.parse(l));

const LANG_FLOOR = 20;
const LANGS = ['en', 'de', 'fr', 'ru', 'ar', 'zh', 'ja', 'th'];
const GZIP_BUDGET = 1_500_000; // bytes, winnow.wasm (ICU data inside) + winnow.js

test('corpus has at least 300 records and 20 per language', () => {
  assert.ok(records.length >= 300, `only ${records.length} records`);
  const counts = {};
  for (const r of records) counts[r.lang] = (counts[r.lang] || 0) + 1;
  for (const lang of LANGS) assert.ok((counts[lang] || 0) >= LANG_FLOOR, `${lang}: ${counts[lang] || 0} < ${LANG_FLOOR}`);
  const ids = new Set(records.map((r) => r.id));
  assert.equal(ids.size, records.length, 'ids are unique');
});

test('wasm tokensJson() equals `winnow tokens` on every corpus line', async () => {
  assert.ok(fs.existsSync(cliPath), `no native CLI at ${cliPath} (set WINNOW_NATIVE_BUILD)`);
  const cli = spawnSync(cliPath, ['tokens'], { input: corpusLines.join('\n') + '\n', maxBuffer: 64 << 20 });
  assert.equal(cli.status, 0, `winnow tokens failed: ${cli.stderr}`);
  const nativeOut = cli.stdout.toString('utf8').split('\n').filter((l) => l !== '');
  assert.equal(nativeOut.length, records.length);

  const mod = await instantiate();
  const differ = [];    // ids whose JSON differs from the native tool's
  const shells = [];    // answers without real segmentation
  let firstDiff = '';
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const wasmOut = mod.tokensJson(r.text, JSON.stringify(r.id));
    if (wasmOut !== nativeOut[i]) {
      differ.push(r.id);
      if (!firstDiff) firstDiff = `\n  first, ${r.id}:\n  wasm   ${wasmOut.slice(0, 300)}\n  native ${nativeOut[i].slice(0, 300)}`;
    }
    const parsed = JSON.parse(wasmOut);
    if (parsed.id !== r.id || !(parsed.tokens.length > 0) || !(parsed.sentences.length > 0)) shells.push(r.id);
  }
  assert.deepEqual(differ, [], `${differ.length} of ${records.length} records differ: ${differ.join(', ')}${firstDiff}`);
  assert.deepEqual(shells, [], `${shells.length} answers have no id, tokens or sentences: ${shells.join(', ')}`);
});

test('tokensJson() without an id, normalize() and icuVersion() are exposed', async () => {
  const mod = await instantiate();
  const j = JSON.parse(mod.tokensJson('Straße 12'));
  assert.equal(j.id, null);
  assert.deepEqual(j.tokens.map((t) => t[2]), ['strasse', '12']);
  assert.equal(mod.normalize('ＡＢＣ ﬁ'), 'abc fi');
  assert.match(mod.icuVersion(), /^72\.1 data winnow-[0-9a-f]{12}$/);
});

test('module size within the gzip budget', () => {
  const wasm = fs.readFileSync(wasmPath);
  const js = fs.readFileSync(wasmJsPath);
  const gz = zlib.gzipSync(wasm, { level: 9 }).length + zlib.gzipSync(js, { level: 9 }).length;
  assert.ok(gz <= GZIP_BUDGET, `wasm+js gzip ${gz} B > budget ${GZIP_BUDGET} B`);
});
