// The worker's history: one core History object, loaded once from IndexedDB, every read and
// write of it serialised through one queue so that visits from many tabs at once are never
// lost (each operation sees the state the previous one left, and commits before the next).
//
// A visit is written as a journal entry (its record, replayed through the core at the next
// start), not as the whole history: at 10,000 pages the core's bytes are about 8 MB and take
// about 120 ms to serialise. Every JOURNAL_LIMIT visits, and on every other change, the whole
// history is written and the journal emptied in the same transaction.
'use strict';
(function (G) {
  const EXPORT_FORMAT = 'winnow-history';
  const EXPORT_VERSION = 1;
  const JOURNAL_LIMIT = 16;  // visits replayed at most at a start (a few ms each)
  let chain = Promise.resolve();

  function serial(fn) {
    const p = chain.then(fn);
    chain = p.catch(() => {});
    return p;
  }

  let readying = null;
  function ready() {
    if (!readying) readying = open().catch((e) => { readying = null; throw e; });
    return readying;
  }

  async function open() {
    const core = await G.WinnowCore.load();
    const bytes = await G.WinnowStore.loadCore();
    let hist;
    try {
      hist = core.openHistory(bytes || null);
    } catch (e) {
      // Unreadable bytes (a newer format, a damaged disk): start empty, keep the old bytes
      // aside so that nothing is thrown away.
      console.warn('winnow: history unreadable, starting a new one', e);
      await G.WinnowStore.keepAside(bytes).catch(() => {});
      hist = core.openHistory(null);
    }
    const journal = await G.WinnowStore.loadJournal();
    for (const rec of journal) {
      // A record the core cannot read is left out; the rest of the history stands.
      try { hist.visit(rec); } catch (e) { console.warn('winnow: journal entry skipped', e); }
    }
    journalled = journal.length;
    return { core, hist };
  }

  // p: a text DOC {url, title, time, sensitivity, paragraphs: [article paragraph]}.
  function record(p) {
    return { id: p.url, url: p.url, time: p.time, sensitivity: p.sensitivity || 'normal',
      title: p.title || '', text: (p.paragraphs || []).join('\n') };
  }

  // The banner's "<site>, <when>" and link title: what the reader saw at the match.
  async function matchOf(ans) {
    if (!ans.match_id) return ans;
    const m = await G.WinnowStore.getPage(ans.match_id);
    return Object.assign({}, ans, {
      match_site: m ? m.site : G.WinnowSettings.siteOf(ans.match_url || ''),
      match_time: m ? m.time : 0,
      match_title: m ? m.title : '',
    });
  }

  // Writes that failed (a full storage quota, a disk error) lose nothing while the worker
  // lives: the core's bytes are written whole every time, and the page entries not yet on disk
  // wait here for the next write that succeeds. stats() tells the reader meanwhile.
  let unsaved = new Map();   // URL -> entry to put, or null: to delete
  let writeError = null;
  let journalled = 0;        // visits in the journal, not yet in the core's bytes on disk
  function onDisk() {        // everything the worker holds is written
    unsaved = new Map();
    writeError = null;
    journalled = 0;
  }
  async function save(hist, put, drop) {
    for (const u of drop) unsaved.set(u, null);
    for (const p of put) unsaved.set(p.url, p);
    const entries = [...unsaved];
    try {
      await G.WinnowStore.commit(hist.bytes(), entries.filter(([, p]) => p).map(([, p]) => p),
        entries.filter(([, p]) => !p).map(([u]) => u));
      onDisk();
      return true;
    } catch (e) {
      writeError = (e && (e.name === 'QuotaExceededError' ? 'quota' : e.message)) || String(e);
      console.warn('winnow: history not saved, kept in memory', e);
      return false;
    }
  }

  // After a failed write the journal may lack visits the core holds: the whole history is
  // written then, as it is when the journal is full.
  async function journal(hist, rec, entry) {
    if (!writeError && journalled < JOURNAL_LIMIT) {
      try {
        await G.WinnowStore.append(rec, entry);
        journalled++;
        return;
      } catch (e) {
        console.warn('winnow: journal write failed, writing the whole history', e);
      }
    }
    await save(hist, entry ? [entry] : [], []);
  }

  // Incognito: answered, never added.
  function visit(p, incognito) {
    return serial(async () => {
      const { hist } = await ready();
      const rec = record(p);
      if (incognito) return matchOf(hist.lookup(rec));
      const before = hist.size();
      const ans = await matchOf(hist.visit(rec));  // read the match before this visit replaces it
      // The core adds articles only; the entry beside it follows (size grew, or an article
      // re-read at its own address). Every visit is journalled: the site-template memory
      // learns from listing pages too.
      const entry = hist.size() !== before || p.page_type === 'article'
        ? { url: p.url, site: G.WinnowSettings.siteOf(p.url), title: p.title || '', time: p.time,
          text: (p.paragraphs || []).join('\n') }
        : null;
      await journal(hist, rec, entry);
      return ans;
    });
  }

  // Snapshot analysis in the worker (a page's first pass, and every pass where the page's CSP
  // stops wasm in the content script), judged with a copy of the site's template memory: the
  // memory is only read here, so this needs no place in the queue and an incognito page leaves
  // no trace in it. Returns {page}.
  //
  // With `v` ({url, time, sensitivity, corrections, token, onlyArticle}) the page is also read
  // into the history, from the same analysis: {page, reading: true} comes back at once, for the
  // marks; the story follows in the queue and story(v.token) answers it, as visit() would. With
  // v.onlyArticle (a page re-analysed after a first pass found no article) only an article is
  // read in.
  const readings = new Map();  // token -> the story's promise, until asked for (or a minute)
  async function analyze(snapshot, v, incognito) {
    const { hist } = await ready();
    if (!v || v.onlyArticle) {
      const page = hist.analyzeSnapshot(snapshot);
      if (!v || page.page_type !== 'article') return { page };
    }
    const rec = { id: v.url, url: v.url, time: v.time, sensitivity: v.sensitivity || 'normal', snapshot };
    const reading = hist.read(rec, !incognito);
    // The story waits for a task of its own, so that the answer for the marks is sent first
    // (measured: computed in the same task it held that answer back 6-10 ms).
    const story = new Promise((resolve, reject) => {
      setTimeout(() => serial(async () => {
        let ans;
        try { ans = await matchOf(reading.story()); } catch (e) { reject(e); return; }
        resolve(ans);
        if (!incognito) await journal(hist, rec, entryOf(v, reading.page));
      }).catch(reject), 0);
    });
    story.catch(() => {});
    readings.set(v.token, story);
    setTimeout(() => readings.delete(v.token), 60000);
    return { page: reading.page, reading: true };
  }

  function story(token) {
    const p = readings.get(token);
    readings.delete(token);
    if (!p) return Promise.reject(new Error('no reading in progress for this page'));
    return p;
  }

  // The page entry kept beside the core's record (export, the banner's title): the article's
  // paragraphs as the reader has them, their corrections for the site included. Listing pages
  // have none; their visit still teaches the site's templates.
  function entryOf(v, page) {
    if (page.page_type !== 'article') return null;
    const yours = v.corrections || {};
    const paragraphs = page.blocks.filter((b) => (yours[b.text] || b.label) === 'content').map((b) => b.text);
    return { url: v.url, site: G.WinnowSettings.siteOf(v.url), title: page.title || '', time: v.time, text: paragraphs.join('\n') };
  }

  // That copy as bytes, for the passes a content script runs with its own module.
  async function templates(url) {
    return (await ready()).hist.siteTemplates(url);
  }

  // Drops the pages read more than `days` ago, then all but the `maxPages` read last (0: no
  // count limit). The core decides what goes; the page entries beside it follow.
  function retain(days, maxPages) {
    return serial(async () => {
      const { hist } = await ready();
      const cutoff = Math.floor(Date.now() / 1000) - days * 86400;
      let removed = hist.retain(cutoff);
      if (maxPages > 0) removed += hist.retainCount(maxPages);
      const held = new Set(hist.urls());
      const gone = (await G.WinnowStore.allPages()).map((p) => p.url).filter((u) => !held.has(u));
      if (removed || gone.length) await save(hist, [], gone);
      return gone.length;
    });
  }

  function clear() {
    return serial(async () => {
      const s = await ready();
      s.hist.clear();
      await G.WinnowStore.clearAll(s.hist.bytes());
      onDisk();
    });
  }

  function exportJson() {
    return serial(async () => {
      const pages = (await G.WinnowStore.allPages()).sort((a, b) => a.time - b.time);
      return {
        format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: new Date().toISOString(),
        entries: pages.map((p) => ({ url: p.url, title: p.title, time: p.time, text: p.text })),
      };
    });
  }

  // Merges an export: one entry per URL, the newer reading wins. Each entry goes through the
  // core as a reading at its own time, so templates and fingerprints are rebuilt by the core.
  function importJson(data) {
    return serial(async () => {
      if (!data || data.format !== EXPORT_FORMAT || typeof data.version !== 'number' ||
          data.version > EXPORT_VERSION || !Array.isArray(data.entries)) {
        throw new Error('not a Winnow history export');
      }
      const { hist } = await ready();
      const entries = data.entries
        .filter((e) => e && typeof e.url === 'string' && typeof e.text === 'string' && Number.isFinite(e.time))
        .sort((a, b) => a.time - b.time);
      let added = 0; let known = 0;
      const put = [];
      for (const e of entries) {
        const have = await G.WinnowStore.getPage(e.url);
        if (have && have.time >= e.time) { known++; continue; }
        hist.visit({ id: e.url, url: e.url, time: e.time, title: e.title || '', text: e.text });
        put.push({ url: e.url, site: G.WinnowSettings.siteOf(e.url), title: e.title || '', time: e.time, text: e.text });
        added++;
      }
      const saved = put.length ? await save(hist, put, []) : true;
      return { added, known, saved };
    });
  }

  function stats() {
    return serial(async () => {
      const pages = await G.WinnowStore.allPages();
      const { hist } = await ready();
      return {
        pages: pages.length,
        sites: new Set(pages.map((p) => p.site)).size,
        bytes: hist.bytes().byteLength,
        ...saveState(),
      };
    });
  }

  function saveState() { return { writeError, unsaved: unsaved.size, journalled }; }

  G.WinnowHistory = { saveState, visit, analyze, story, templates, retain, clear, exportJson, importJson, stats, serial };
})(globalThis);
