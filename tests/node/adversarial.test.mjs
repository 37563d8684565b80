// Every hostile input of `winnow bench adversarial` is answered by the wasm module, as the
// browser's service worker would run it: analysed, visited in a history, or loaded. Time is
// the benchmark's to judge (`npm run bench:adversarial`, <= 2 s a case); here a case that
// takes over a minute fails as a stall, since one stalled call stalls every tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { instantiate, loadCoreJs } from './wasm-module.mjs';
import { hostileInputs, runCase } from './hostile-inputs.mjs';

const kStallMs = 60000;

test('wasm: every hostile case is answered, none stalls', async () => {
  const core = await loadCoreJs(await instantiate());
  const cases = hostileInputs();
  assert.ok(cases.length >= 10, `hostile cases written: ${cases.length}`);
  for (const c of cases) {
    const ms = runCase(core, c);
    assert.ok(ms < kStallMs, `${c.name}: ${ms.toFixed(0)} ms`);
  }
});
