// The extension worker's history in Node: extension/lib/platform.js, core.js, settings.js, store.js,
// import.js and history.js over the wasm module, with IndexedDB and chrome.storage replaced by
// in-memory stores that a test can damage, or make fail as a full disk fails. Starting a
// second worker on the same stores is what a browser does when it stops and restarts one.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, instantiate } from './wasm-module.mjs';

// WINNOW_EXTENSION_DIR: another checkout's extension (as tests/e2e/harness.mjs takes it), to
// show that a test fails on the behaviour it guards against.
const EXTENSION = process.env.WINNOW_EXTENSION_DIR || repoRoot;
const FILES = ['extension/lib/platform.js', 'extension/lib/core.js', 'extension/lib/settings.js', 'extension/background/store.js',
  'extension/background/import.js', 'extension/background/history.js'];

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const clone = (v) => (v === undefined ? undefined : structuredClone(v));

// chrome.storage.session or .local; `full` makes every write fail.
export function storageArea() {
  const data = new Map();
  const area = {
    full: false, data,
    async get(keys) {
      const out = {};
      for (const k of [].concat(keys)) if (data.has(k)) out[k] = clone(data.get(k));
      return out;
    },
    async set(values) {
      if (area.full) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(values)) data.set(k, clone(v));
    },
    async remove(keys) { for (const k of [].concat(keys)) data.delete(k); },
  };
  return area;
}

// The IndexedDB half of WinnowStore, held in `db.core` (key -> bytes), `db.pages` (URL ->
// entry) and `db.journal`; `db.full` makes every write fail with the quota's error.
export function memoryDb() {
  const db = { full: false, core: new Map(), pages: new Map(), journal: [] };
  const write = () => { if (db.full) throw quotaError(); };
  db.methods = {
    async loadCore() { return clone(db.core.get('history')); },
    async loadJournal() { return clone(db.journal); },
    async getPage(url) { return clone(db.pages.get(url)); },
    async allPages() { return clone([...db.pages.values()]); },
    async append(record, entry) {
      write();
      db.journal.push(clone(record));
      if (entry) db.pages.set(entry.url, clone(entry));
    },
    async commit(bytes, put, drop) {
      write();
      db.core.set('history', clone(bytes));
      db.journal = [];
      for (const p of put || []) db.pages.set(p.url, clone(p));
      for (const u of drop || []) db.pages.delete(u);
    },
    async keepAside(bytes) {
      write();
      const key = 'unreadable-' + Date.now();
      db.core.set(key, clone(bytes));
      return key;
    },
    async asideKeys() {
      return [...db.core.keys()].filter((k) => k.startsWith('unreadable-'))
        .map((key) => ({ key, time: Number(key.slice('unreadable-'.length)) }));
    },
    async dropAside(keys) { for (const k of keys) db.core.delete(k); },
    async clearAll(bytes) {
      db.pages.clear();
      db.journal = [];
      db.core.clear();
      db.core.set('history', clone(bytes));
    },
  };
  return db;
}

// One profile: the database and both storage areas, which outlive any worker.
export function profile() {
  return { db: memoryDb(), session: storageArea(), local: storageArea() };
}

let mod = null;

// A worker started on `p`: its globals (WinnowHistory, WinnowStore, ..., and `warnings`: what
// it wrote to console.warn). Like sw.js, it applies retention at its start (90 days, 10,000
// pages unless given).
export async function startWorker(p, { days = 90, pages = 10000 } = {}) {
  mod = mod || await instantiate();
  const G = { chrome: { storage: { session: p.session, local: p.local } } };
  G.warnings = [];
  const quiet = { ...console, warn: (...args) => G.warnings.push(args.map(String).join(' ')) };
  for (const f of FILES) {
    const file = path.join(EXTENSION, f);
    // an older checkout without the platform shim resolves the browser API in settings.js
    if (f.endsWith('platform.js') && !fs.existsSync(file)) continue;
    new Function('globalThis', 'console', fs.readFileSync(file, 'utf8'))(G, quiet);
  }
  await G.WinnowCore.load({ factory: async () => mod, wasmBinary: new Uint8Array(0) });
  Object.assign(G.WinnowStore, p.db.methods);
  await G.WinnowHistory.retain(days, pages);
  return G;
}

// The byte offsets of the core's record frames ('WREC') in its serialised history.
export function recordOffsets(bytes) {
  const out = [];
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (bytes[i] === 0x57 && bytes[i + 1] === 0x52 && bytes[i + 2] === 0x45 && bytes[i + 3] === 0x43) out.push(i);
  }
  return out;
}
