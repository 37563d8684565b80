// `npm run bench:adversarial`, its wasm half: each hostile input through the wasm module in
// Node, as the browser's service worker runs it, best of three runs a case. Exits 1 when a
// case takes over 2 s (the worker serves every tab: a slow call stalls them all).
import { instantiate, loadCoreJs } from '../node/wasm-module.mjs';
import { runCase, timeHostileInputs } from '../node/hostile-inputs.mjs';

const core = await loadCoreJs(await instantiate());
console.log('wasm (Node), best of 3 runs, analysed and visited (or loaded)');
const slow = await timeHostileInputs((c) => runCase(core, c));
if (slow.length) process.exit(1);
