// Locates and loads the builds the Node tests compare: build/native and build/wasm by default,
// or the directories in WINNOW_NATIVE_BUILD / WINNOW_WASM_BUILD.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const nativeBuild = path.resolve(repoRoot, process.env.WINNOW_NATIVE_BUILD || 'build/native');
export const wasmBuild = path.resolve(repoRoot, process.env.WINNOW_WASM_BUILD || 'build/wasm');
export const wasmJsPath = path.join(wasmBuild, 'winnow.js');
export const wasmPath = path.join(wasmBuild, 'winnow.wasm');
export const cliPath = path.join(nativeBuild, 'winnow');

const require = createRequire(import.meta.url);

// The factory; its own loader calls fetch() on a file path under Node 20, so the bytes are
// handed over directly (toolchain.md).
export function loadFactory() {
  if (!fs.existsSync(wasmJsPath)) throw new Error(`no wasm build at ${wasmJsPath} (set WINNOW_WASM_BUILD)`);
  return require(wasmJsPath);
}

export async function instantiate(wasmBinary = fs.readFileSync(wasmPath)) {
  const createWinnow = loadFactory();
  return createWinnow({ wasmBinary });
}

// extension/lib/core.js (a classic script) over an instantiated module: the Core object the
// content script and the service worker use.
export async function loadCoreJs(mod) {
  const src = fs.readFileSync(path.join(repoRoot, 'extension/lib/core.js'), 'utf8');
  const G = {};
  new Function('globalThis', src)(G);
  return G.WinnowCore.load({ factory: async () => mod, wasmBinary: new Uint8Array(0) });
}
