// `npm run bench:adversarial`, its wasm half: each hostile input through the wasm module in
// Node, as the browser's service worker runs it, best of three runs a case. Exits 1 when a
// case takes over 2 s (the worker serves every tab: a slow call stalls them all).
import { instantiate, loadCoreJs } from '../node/wasm-module.mjs';
import { hostileInputs, runCase } from '../node/hostile-inputs.mjs';

const kMaxMs = 2000;
const kRuns = 3;

const core = await loadCoreJs(await instantiate());
const slow = [];
console.log('wasm (Node), best of ' + kRuns + ' runs, analysed and visited (or loaded)');
for (const c of hostileInputs()) {
  let best = Infinity;
  for (let i = 0; i < kRuns; ++i) best = Math.min(best, runCase(core, c));
  console.log(`${c.name.padEnd(36)} ${best.toFixed(0).padStart(6)} ms`);
  if (best > kMaxMs) slow.push(c.name);
}
if (slow.length) {
  console.log(`over ${kMaxMs} ms: ${slow.join(', ')}`);
  process.exit(1);
}
