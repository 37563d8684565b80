// IndexedDB for the worker: the core's serialised history (its own versioned, checksummed
// bytes), the journal of visits read since those bytes were written, and, per URL, what the
// reader saw (title, time, article text) for the banner's "<site>, <when>" and for
// export/import. One database, written only through history.js's queue.
'use strict';
(function (G) {
  const VERSION = 2;  // 2: the journal

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
    let opening = null;

    function open() {
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
    }

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

    async function keepAside(bytes) {
      const db = await open();
      const tx = db.transaction('core', 'readwrite');
      tx.objectStore('core').put(bytes, 'unreadable-' + Date.now());
      await done(tx);
    }

    async function clearAll(bytes) {
      const db = await open();
      const tx = db.transaction(['core', 'pages', 'journal'], 'readwrite');
      tx.objectStore('pages').clear();
      tx.objectStore('journal').clear();
      tx.objectStore('core').put(bytes, 'history');
      await done(tx);
    }

    return { loadCore, loadJournal, append, getPage, allPages, commit, clearAll, keepAside };
  }

  G.WinnowStore = Object.assign(storeNamed('winnow'), { storeNamed });
})(globalThis);
