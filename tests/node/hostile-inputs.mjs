// The hostile inputs of `winnow bench adversarial` as the browser's service worker meets them:
// each snapshot case as is, each HTML case as the snapshot a content script would send
// (`winnow snapshot` makes it), and the crafted history file; and one run of a case through
// the wasm module (analysed and visited in a history, or loaded). Used by the Node test and by
// `npm run bench:adversarial`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cliPath } from './wasm-module.mjs';

export function hostileInputs() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winnow-hostile-'));
  const r = spawnSync(cliPath, ['bench', 'adversarial', '--write', dir]);
  assert.equal(r.status, 0, `winnow bench adversarial --write failed: ${r.stderr}`);
  const cases = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, file);
    const name = file.replace(/\.[a-z]+$/, '');
    if (file.endsWith('.snapshot')) {
      cases.push({ name, door: 'snapshot', snapshot: fs.readFileSync(full, 'utf8') });
    } else if (file.endsWith('.html')) {
      const line = JSON.stringify({ id: name, url: `https://hostile.example/${name}`, html: fs.readFileSync(full, 'utf8') });
      const s = spawnSync(cliPath, ['snapshot'], { input: line + '\n', maxBuffer: 1 << 30 });
      assert.equal(s.status, 0, `winnow snapshot failed on ${name}`);
      cases.push({ name: `${name} (as a snapshot)`, door: 'snapshot', snapshot: JSON.parse(s.stdout.toString('utf8')).snapshot });
    } else {
      cases.push({ name, door: 'history', bytes: new Uint8Array(fs.readFileSync(full)) });
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return cases;
}

// Runs one case through extension/lib/core.js (`core`: loadCoreJs); returns its wall time in ms.
// Throws when the module does not answer it.
export function runCase(core, c) {
  const t0 = performance.now();
  if (c.door === 'history') {
    const h = core.openHistory(c.bytes);
    assert.ok(h.loadReport(), `${c.name}: the damaged history still loads`);
    h.free();
  } else {
    const answer = core.analyze(c.snapshot, null);
    assert.ok(Array.isArray(answer.blocks), `${c.name}: an answer`);
    const h = core.openHistory(null);
    h.visit({ id: 1, url: `https://hostile.example/${c.name}`, snapshot: c.snapshot });  // throws on an error answer
    h.free();
  }
  return performance.now() - t0;
}

// The benches' loop: every hostile case, best of `runs` calls of `timeOne(c, run)` (ms, or a
// promise of it), printed; the names of the cases over `maxMs`.
export async function timeHostileInputs(timeOne, { runs = 3, maxMs = 2000 } = {}) {
  const slow = [];
  for (const c of hostileInputs()) {
    let best = Infinity;
    for (let run = 0; run < runs; ++run) best = Math.min(best, await timeOne(c, run));
    console.log(`${c.name.padEnd(36)} ${best.toFixed(0).padStart(6)} ms`);
    if (best > maxMs) slow.push(c.name);
  }
  if (slow.length) console.log(`over ${maxMs} ms: ${slow.join(', ')}`);
  return slow;
}
