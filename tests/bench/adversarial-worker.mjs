// `npm run bench:adversarial`, its browser half: each hostile input inside Chromium's real
// service worker of the unpacked extension, through the worker's own paths (WinnowHistory's
// analyze + story, as a tab's snapshot takes them; the core's history loader for the crafted
// file), best of three runs a case. Exits 1 when a case takes over 2 s: the one worker serves
// every tab, so a slow call stalls them all.
import { launch, tmpDir } from '../e2e/harness.mjs';
import { timeHostileInputs } from '../node/hostile-inputs.mjs';

// Runs in the worker: one snapshot read as a tab's first pass (analysed, then its story
// answered and the page added), wall time in ms.
async function readInWorker({ snapshot, name, run }) {
  const token = `${name}#${run}`;
  const v = { url: `https://hostile.example/${encodeURIComponent(name)}/${run}`, time: Date.now(), token };
  const t0 = performance.now();
  const r = await globalThis.WinnowHistory.analyze(snapshot, v.url, v, false);
  if (!r.page || !Array.isArray(r.page.blocks)) throw new Error(`${name}: no answer`);
  if (r.reading) await globalThis.WinnowHistory.story(token);
  return performance.now() - t0;
}

// Runs in the worker: the crafted history bytes (base64) opened by the core, wall time in ms.
async function loadInWorker({ base64, name }) {
  const core = await globalThis.WinnowCore.load();
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const t0 = performance.now();
  const h = core.openHistory(bytes);
  const ms = performance.now() - t0;
  if (!h) throw new Error(`${name}: the damaged history does not load`);
  return ms;
}

const profile = tmpDir('winnow-adversarial-');
const { context, sw } = await launch({ profile, hosts: [], port: 9, offline: true });
let slow;
try {
  console.log('Chromium service worker, best of 3 runs, analysed and read (or loaded)');
  slow = await timeHostileInputs((c, run) => (c.door === 'history'
    ? sw.evaluate(loadInWorker, { base64: Buffer.from(c.bytes).toString('base64'), name: c.name })
    : sw.evaluate(readInWorker, { snapshot: c.snapshot, name: c.name, run })));
} finally {
  await context.close();
}
if (slow.length) process.exit(1);
