// IndexedDB for the worker: the core's serialised history (its own versioned, checksummed
// bytes, and any damaged bytes set aside), the journal of visits read since those bytes were
// written, and, per URL, what the reader saw (title, time, article text) for the banner's
// "<site>, <when>", for export/import and to rebuild the core's history from. Beside it, in
// extension storage, the page entries a failed write left in memory. One database, written
// only through history.js's queue.
'use strict';
(function (G) {
  const VERSION = 2;  // 2: the journal
  const ASIDE = 'unreadable-';

  function req(r) {
    return new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  }

  function done(tx) {
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('transaction aborted'));
    });
  }

  // The database `name` (the extension's own is 'winnow'; tests open others to check the
  // upgrade from an older version).
  function storeNamed(name) {
    const open = opener(name);
    return Object.assign(reads(open), writes(open), setAside(open));
  }

  // open(): the database, opened (and upgraded) once.
  function opener(name) {
    let opening = null;
    return function open() {
      if (opening) return opening;
      opening = new Promise((resolve, reject) => {
        const r = indexedDB.open(name, VERSION);
        r.onupgradeneeded = () => {
          const db = r.result;
          if (!db.objectStoreNames.contains('core')) db.createObjectStore('core');
          if (!db.objectStoreNames.contains('pages')) db.createObjectStore('pages', { keyPath: 'url' });
          if (!db.objectStoreNames.contains('journal')) db.createObjectStore('journal', { autoIncrement: true });
        };
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => { opening = null; reject(r.error); };
      });
      return opening;
    };
  }

  function reads(open) {
    async function loadCore() {
      const db = await open();
      return req(db.transaction('core').objectStore('core').get('history'));
    }

    async function getPage(url) {
      const db = await open();
      return req(db.transaction('pages').objectStore('pages').get(url));
    }

    async function allPages() {
      const db = await open();
      return req(db.transaction('pages').objectStore('pages').getAll());
    }

    // The visit records read since the core's bytes were written, oldest first.
    async function loadJournal() {
      const db = await open();
      return req(db.transaction('journal').objectStore('journal').getAll());
    }

    return { loadCore, getPage, allPages, loadJournal };
  }

  function writes(open) {
    // One visit: its record (replayed through the core at the next start) and its page entry
    // (or none), in one transaction.
    async function append(record, entry) {
      const db = await open();
      const tx = db.transaction(['journal', 'pages'], 'readwrite');
      tx.objectStore('journal').add(record);
      if (entry) tx.objectStore('pages').put(entry);
      await done(tx);
    }

    // Writes the core's bytes, which hold every journalled visit, empties the journal and
    // writes the changed page entries in one transaction, so that none of them disagree after
    // a crash. `drop` lists URLs to delete.
    async function commit(bytes, put, drop) {
      const db = await open();
      const tx = db.transaction(['core', 'pages', 'journal'], 'readwrite');
      tx.objectStore('core').put(bytes, 'history');
      tx.objectStore('journal').clear();
      const pages = tx.objectStore('pages');
      for (const p of put || []) pages.put(p);
      for (const u of drop || []) pages.delete(u);
      await done(tx);
    }

    // Everything, set-aside bytes included.
    async function clearAll(bytes) {
      const db = await open();
      const tx = db.transaction(['core', 'pages', 'journal'], 'readwrite');
      tx.objectStore('pages').clear();
      tx.objectStore('journal').clear();
      tx.objectStore('core').clear();
      tx.objectStore('core').put(bytes, 'history');
      await done(tx);
    }

    return { append, commit, clearAll };
  }

  function setAside(open) {
    // Bytes the core could not read whole, kept under 'unreadable-<ms since the epoch>' (a
    // newer Winnow may read them) until Clear or retention removes them. Returns the key.
    async function keepAside(bytes) {
      const db = await open();
      const key = ASIDE + Date.now();
      const tx = db.transaction('core', 'readwrite');
      tx.objectStore('core').put(bytes, key);
      await done(tx);
      return key;
    }

    // The set-aside keys with the time (ms) each was set aside.
    async function asideKeys() {
      const db = await open();
      const keys = await req(db.transaction('core').objectStore('core').getAllKeys());
      return keys.filter((k) => typeof k === 'string' && k.startsWith(ASIDE))
        .map((key) => ({ key, time: Number(key.slice(ASIDE.length)) || 0 }));
    }

    async function dropAside(keys) {
      if (!keys.length) return;
      const db = await open();
      const tx = db.transaction('core', 'readwrite');
      for (const k of keys) tx.objectStore('core').delete(k);
      await done(tx);
    }

    return { keepAside, asideKeys, dropAside };
  }

  // The page entries a failed write left in memory ([[url, entry | null: to delete]]), kept
  // where space allows so that a worker stopped meanwhile loses none of them: session storage
  // (memory, outside the disk quota) first, local storage when that is full.
  const PENDING = 'historyPending';
  const areas = () => {
    const api = G.WinnowPlatform.api;
    return [api.storage.session, api.storage.local].filter(Boolean);
  };

  async function keepPending(list) {
    let last = null;
    const all = areas();
    for (const [i, area] of all.entries()) {
      try {
        await area.set({ [PENDING]: list });
      } catch (e) { last = e; continue; }
      // One area holds the list: an older one elsewhere must not come back at the next start.
      for (const other of all.filter((a, j) => j !== i)) await other.remove(PENDING).catch(() => {});
      return;
    }
    if (last) throw last;
  }

  // The list kept (one area holds it).
  async function loadPending() {
    for (const area of areas()) {
      const got = await area.get(PENDING).catch(() => ({}));
      if (Array.isArray(got[PENDING])) return got[PENDING];
    }
    return [];
  }

  async function dropPending() {
    for (const area of areas()) await area.remove(PENDING).catch(() => {});
  }

  G.WinnowStore = Object.assign(storeNamed('winnow'), { storeNamed, keepPending, loadPending, dropPending });
})(globalThis);
