// Reports the wasm module's size (raw and gzip) and its start-up and segmentation cost under
// Node: median of fresh instantiations (each a new module from the same bytes), the first
// tokensJson() call (ICU data set-up and break iterator creation), and throughput on the
// parity corpus. Times are wall clock and process CPU (user+sys, all of Node's threads): on a
// shared, loaded machine the CPU figure is the one to trust.
// Usage: node tests/node/measure-wasm.mjs [runs]   (WINNOW_WASM_BUILD=dir)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { repoRoot, wasmPath, wasmJsPath, instantiate } from './wasm-module.mjs';

const runs = Number(process.argv[2] || 9);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const wasm = fs.readFileSync(wasmPath);
const js = fs.readFileSync(wasmJsPath);
const gzWasm = zlib.gzipSync(wasm, { level: 9 }).length;
const gzJs = zlib.gzipSync(js, { level: 9 }).length;
console.log(`winnow.wasm: ${wasm.length} B (${kb(wasm.length)}), gzip -9 ${gzWasm} B (${kb(gzWasm)})`);
console.log(`winnow.js:   ${js.length} B (${kb(js.length)}), gzip -9 ${gzJs} B (${kb(gzJs)})`);
console.log(`total gzip:  ${gzWasm + gzJs} B (${kb(gzWasm + gzJs)})`);

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const inst = [], instCpu = [], first = [], firstCpu = [];
let mod;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now(), c0 = cpuMs();
  mod = await instantiate(wasm);
  const t1 = performance.now(), c1 = cpuMs();
  mod.tokensJson('Warm-up: the first call sets up ICU.');
  const t2 = performance.now(), c2 = cpuMs();
  inst.push(t1 - t0); instCpu.push(c1 - c0);
  first.push(t2 - t1); firstCpu.push(c2 - c1);
}
console.log(`instantiate: median ${median(inst).toFixed(1)} ms wall, ${median(instCpu).toFixed(1)} ms CPU over ${runs} fresh instances (wall min ${Math.min(...inst).toFixed(1)}, max ${Math.max(...inst).toFixed(1)})`);
console.log(`first tokensJson() (ICU init + iterators): median ${median(first).toFixed(1)} ms wall, ${median(firstCpu).toFixed(1)} ms CPU`);

const corpus = fs.readFileSync(path.join(repoRoot, 'tests/corpus/parity.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l));
const byLang = {};
for (const r of corpus) (byLang[r.lang] ||= []).push(r.text);
for (const [lang, texts] of Object.entries(byLang)) {
  const text = texts.join(' ');
  const big = text.repeat(Math.max(1, Math.ceil(300_000 / Buffer.byteLength(text))));
  const bytes = Buffer.byteLength(big);
  const times = [], cpu = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now(), c0 = cpuMs();
    mod.tokensJson(big);
    times.push(performance.now() - t0); cpu.push(cpuMs() - c0);
  }
  const ms = median(cpu);
  console.log(`tokensJson ${lang}: ${kb(bytes)} in ${median(times).toFixed(1)} ms wall, ${ms.toFixed(1)} ms CPU (${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MiB/s CPU)`);
}
