// The worker's history: one core History object, loaded once from IndexedDB, every read and
// write of it serialised through one queue so that visits from many tabs at once are never
// lost (each operation sees the state the previous one left, and commits before the next).
//
// A visit is written as a journal entry (its record, replayed through the core at the next
// start), not as the whole history: at 10,000 pages the core's bytes are about 8 MB and take
// about 120 ms to serialise. Every JOURNAL_LIMIT visits, and on every other change, the whole
// history is written and the journal emptied in the same transaction.
//
// The page entries (URL, title, time, text) are the history's source: they are deleted only
// by retention, Clear or the reader. Bytes the core cannot read whole are rebuilt from them,
// and entries a failed write left in memory are kept in extension storage until written.
'use strict';
(function (G) {
  const JOURNAL_LIMIT = 16;  // visits replayed at most at a start (a few ms each)
  const NOTICE_KEY = 'historyRecovered';  // storage.local: what a rebuild did, until shown
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

  const nowSeconds = () => Math.floor(Date.now() / 1000);

  async function open() {
    const core = await G.WinnowCore.load();
    const bytes = await G.WinnowStore.loadCore();
    const { hist, problems } = openBytes(core, bytes);
    const journal = await G.WinnowStore.loadJournal();
    const pending = await G.WinnowStore.loadPending().catch(() => []);
    const rebuilt = problems.length ? await rebuild(hist, journal, pending) : 0;
    for (const rec of journal) replay(hist, rec);
    journalled = journal.length;
    restorePending(hist, pending);
    if (problems.length) await recovered(hist, bytes, problems, rebuilt);
    else if (pending.length) await save(hist, [], []);
    return { core, hist };
  }

  // {hist, problems}: what the core read of the bytes, and what it could not read (none when
  // it read them whole). Bytes it cannot read at all (a newer format, a damaged header) give
  // an empty history.
  function openBytes(core, bytes) {
    if (bytes && !bytes.byteLength) return { hist: core.openHistory(null), problems: ['the history\'s bytes are empty'] };
    try {
      const hist = core.openHistory(bytes || null);
      return { hist, problems: bytes ? hist.loadReport().problems : [] };
    } catch (e) {
      return { hist: core.openHistory(null), problems: [String((e && e.message) || e)] };
    }
  }

  // A record the core cannot read is left out; the rest of the history stands.
  function replay(hist, rec) {
    try { hist.visit(rec); } catch (e) { console.warn('winnow: history entry not replayed', e); }
  }

  // A page entry as the core reads it again (a text DOC, as import gives it).
  function textRecord(p) {
    return { id: p.url, url: p.url, time: p.time, sensitivity: 'normal', title: p.title || '', text: p.text || '' };
  }

  // The page entries the core's bytes no longer hold, read again through the core, oldest
  // first. Those the journal or the pending list will replay are left to them.
  async function rebuild(hist, journal, pending) {
    const held = new Set(hist.urls());
    for (const r of journal) held.add(r.url);
    for (const [url] of pending) held.add(url);
    const lost = (await G.WinnowStore.allPages()).filter((p) => !held.has(p.url)).sort((a, b) => a.time - b.time);
    for (const p of lost) replay(hist, textRecord(p));
    return lost.length;
  }

  // The page entries a failed write left in memory before the worker stopped: back into the
  // core and into `unsaved`, so that the warning stays until they are written.
  function restorePending(hist, pending) {
    if (!pending.length) return;
    const held = new Set(hist.urls());
    for (const [url, p] of pending) {
      if (p && !held.has(url)) replay(hist, textRecord(p));
      if (!p) hist.remove(url);
      unsaved.set(url, p);
    }
    pendingKept = true;
  }

  // The damaged bytes go aside, the rebuilt history is written over them, and the reader is
  // told once (the popup and Options show NOTICE_KEY, then remove it).
  async function recovered(hist, bytes, problems, rebuilt) {
    console.warn('winnow: the history could not be read whole; rebuilt from the saved pages', problems);
    const aside = bytes ? await G.WinnowStore.keepAside(bytes).catch(() => null) : null;
    notice = { time: Date.now(), problems: problems.slice(0, 8), rebuilt, aside };
    await save(hist, [], []);
    await G.WinnowPlatform.api.storage.local.set({ [NOTICE_KEY]: notice }).catch(() => {});
  }

  // p: a text DOC {url, title, time, sensitivity, paragraphs: [article paragraph]}.
  function record(p) {
    return { id: p.url, url: p.url, time: p.time, sensitivity: p.sensitivity || 'normal',
      title: p.title || '', text: (p.paragraphs || []).join('\n') };
  }

  // The banner's "<site>, <when>" and link title: what the reader saw at the match.
  async function matchOf(core, ans) {
    if (!ans.match_id) return ans;
    const m = await G.WinnowStore.getPage(ans.match_id);
    return Object.assign({}, ans, {
      match_site: m ? m.site : core.siteOf(ans.match_url),
      match_time: m ? m.time : 0,
      match_title: m ? m.title : '',
    });
  }

  // Writes that failed (a full storage quota, a disk error) lose nothing while the worker
  // lives: the core's bytes are written whole every time, and the page entries not yet on disk
  // wait here for the next write that succeeds. stats() tells the reader meanwhile.
  // They are also kept in extension storage (WinnowStore.keepPending), which outlives the
  // worker: a worker stopped meanwhile gets them back at its start.
  let unsaved = new Map();   // URL -> entry to put, or null: to delete
  let writeError = null;
  let journalled = 0;        // visits in the journal, not yet in the core's bytes on disk
  let pendingKept = false;   // `unsaved` is in extension storage
  let notice = null;         // what the last rebuild did (NOTICE_KEY)
  async function onDisk() {  // everything the worker holds is written
    unsaved = new Map();
    writeError = null;
    journalled = 0;
    if (pendingKept) {
      pendingKept = false;
      await G.WinnowStore.dropPending().catch(() => {});
    }
  }
  async function save(hist, put, drop) {
    for (const u of drop) unsaved.set(u, null);
    for (const p of put) unsaved.set(p.url, p);
    const entries = [...unsaved];
    try {
      await G.WinnowStore.commit(hist.bytes(), entries.filter(([, p]) => p).map(([, p]) => p),
        entries.filter(([, p]) => !p).map(([u]) => u));
      await onDisk();
      return true;
    } catch (e) {
      writeError = (e && (e.name === 'QuotaExceededError' ? 'quota' : e.message)) || String(e);
      console.warn('winnow: history not saved, kept in memory', e);
      if (entries.length) {
        await G.WinnowStore.keepPending(entries).then(() => { pendingKept = true; },
          (err) => console.warn('winnow: unsaved pages not kept in extension storage either', err));
      }
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
      const { core, hist } = await ready();
      const rec = record(p);
      if (incognito) return matchOf(core, hist.lookup(rec));
      const before = hist.size();
      const ans = await matchOf(core, hist.visit(rec));  // read the match before this visit replaces it
      // The core adds articles only; the entry beside it follows (size grew, or an article
      // re-read at its own address). Every visit is journalled: the site-template memory
      // learns from listing pages too.
      const entry = hist.size() !== before || p.page_type === 'article'
        ? { url: p.url, site: core.siteOf(p.url), title: p.title || '', time: p.time,
          text: (p.paragraphs || []).join('\n') }
        : null;
      await journal(hist, rec, entry);
      return ans;
    });
  }

  // Snapshot analysis in the worker (a page's first pass, and every pass where the page's CSP
  // stops wasm in the content script), judged with a copy of the template memory of the site of
  // `url` (the snapshot's own: senders.js checks it): the memory is only read here, so this
  // needs no place in the queue and an incognito page leaves no trace in it. Returns {page}.
  //
  // With `v` ({url, time, sensitivity, corrections, token, onlyArticle}) the page is also read
  // into the history, from the same analysis: {page, reading: true} comes back at once, for the
  // marks; the story follows in the queue and story(v.token) answers it, as visit() would. With
  // v.onlyArticle (a page re-analysed after a first pass found no article) only an article is
  // read in.
  const readings = new Map();  // token -> the story's promise, until asked for (or a minute)
  async function analyze(snapshot, url, v, incognito) {
    const { core, hist } = await ready();
    if (!v || v.onlyArticle) {
      const templates = hist.siteTemplates(url);
      let page;
      try { page = core.analyze(snapshot, templates); } finally { templates.free(); }
      if (!v || page.page_type !== 'article') return { page };
    }
    const rec = { id: v.url, url: v.url, time: v.time, sensitivity: v.sensitivity || 'normal', snapshot };
    const reading = hist.read(rec, !incognito);
    // The story waits for a task of its own, so that the answer for the marks is sent first
    // (measured: computed in the same task it held that answer back 6-10 ms).
    const story = new Promise((resolve, reject) => {
      setTimeout(() => serial(async () => {
        let ans;
        try { ans = await matchOf(core, reading.story()); } catch (e) { reject(e); return; }
        resolve(ans);
        if (!incognito) await journal(hist, rec, entryOf(core, v, reading.page));
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
  function entryOf(core, v, page) {
    if (page.page_type !== 'article') return null;
    const paragraphs = page.blocks.filter((b) => G.WinnowSettings.labelOf(b, v.corrections) === 'content').map((b) => b.text);
    return { url: v.url, site: core.siteOf(v.url), title: page.title || '', time: v.time, text: paragraphs.join('\n') };
  }

  // That copy as bytes, for the passes a content script runs with its own module.
  async function templates(url) {
    const t = (await ready()).hist.siteTemplates(url);
    try { return t.bytes(); } finally { t.free(); }
  }

  // The page entries as the worker holds them: those on disk, with the unsaved ones over them.
  async function currentPages() {
    const byUrl = new Map((await G.WinnowStore.allPages()).map((p) => [p.url, p]));
    for (const [url, p] of unsaved) if (p) byUrl.set(url, p); else byUrl.delete(url);
    return [...byUrl.values()];
  }

  // Drops the pages read more than `days` ago, then all but the `maxPages` read last (0: no
  // count limit), in the core and among the page entries alike: an entry goes when the core
  // drops its page or when it is itself past a limit, never because the core lacks it.
  // Returns how many page entries went.
  function retain(days, maxPages) {
    return serial(async () => {
      const { hist } = await ready();
      const cutoff = nowSeconds() - days * 86400;
      const before = hist.urls();
      hist.retain(cutoff);
      if (maxPages > 0) hist.retainCount(maxPages);
      const held = new Set(hist.urls());
      const dropped = new Set(before.filter((u) => !held.has(u)));
      const pages = (await currentPages()).sort((a, b) => b.time - a.time);
      const kept = pages.filter((p) => !dropped.has(p.url) && p.time >= cutoff);
      if (maxPages > 0) for (const p of kept.splice(maxPages)) hist.remove(p.url);
      const keep = new Set(kept.map((p) => p.url));
      const gone = pages.filter((p) => !keep.has(p.url)).map((p) => p.url);
      await retainAside(cutoff, maxPages, kept);
      if (hist.size() !== before.length || gone.length) await save(hist, [], gone);
      return gone.length;
    });
  }

  // Bytes set aside at time T hold only pages read before T: past the age limit once T is,
  // past the count limit once `maxPages` of the pages kept were read since.
  async function retainAside(cutoff, maxPages, kept) {
    const aside = await G.WinnowStore.asideKeys();
    const old = aside.filter((a) => a.time < cutoff * 1000 ||
      (maxPages > 0 && kept.filter((p) => p.time * 1000 >= a.time).length >= maxPages));
    await G.WinnowStore.dropAside(old.map((a) => a.key));
  }

  function clear() {
    return serial(async () => {
      const s = await ready();
      s.hist.clear();
      await G.WinnowStore.clearAll(s.hist.bytes());
      pendingKept = true;  // and whatever waits in extension storage
      await onDisk();
      notice = null;
      await G.WinnowPlatform.api.storage.local.remove(NOTICE_KEY).catch(() => {});
    });
  }

  function exportJson() {
    return serial(async () => {
      const pages = (await G.WinnowStore.allPages()).sort((a, b) => a.time - b.time);
      return {
        format: G.WinnowImport.FORMAT, version: G.WinnowImport.VERSION, exported: new Date().toISOString(),
        entries: pages.map((p) => ({ url: p.url, title: p.title, time: p.time, text: p.text })),
      };
    });
  }

  // Merges an export: one entry per URL, the newer reading wins. Each entry goes through the
  // core as a reading at its own time, so templates and fingerprints are rebuilt by the core.
  // All or nothing: the whole file is checked first (WinnowImport.check), and a core that
  // refuses an entry anyway gets its state from before the import back.
  function importJson(data) {
    return serial(async () => {
      const entries = G.WinnowImport.check(data, nowSeconds());
      const state = await ready();
      const have = new Map((await currentPages()).map((p) => [p.url, p]));
      const backup = state.hist.bytes();
      let known = 0;
      const put = [];
      try {
        for (const e of entries) {
          const old = have.get(e.url);
          if (old && old.time >= e.time) { known++; continue; }
          state.hist.visit(textRecord(e));
          put.push({ url: e.url, site: state.core.siteOf(e.url), title: e.title, time: e.time, text: e.text });
        }
      } catch (err) {
        // A reading in flight may still hold the old object: it is replaced, not freed.
        state.hist = state.core.openHistory(backup);
        throw new Error('nothing was imported: ' + ((err && err.message) || err));
      }
      const saved = put.length ? await save(state.hist, put, []) : true;
      return { added: put.length, known, saved };
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
        ...(await saveState()),
      };
    });
  }

  // `recovered`: what the last rebuild of damaged bytes did ({time, problems, rebuilt, aside}),
  // as NOTICE_KEY holds it until the reader has seen it. Answered once the history is open: a
  // worker just started may be restoring pages that are still waiting, or rebuilding.
  async function saveState() {
    await ready();
    return { writeError, unsaved: unsaved.size, journalled, recovered: notice };
  }

  G.WinnowHistory = { saveState, visit, analyze, story, templates, retain, clear, exportJson, importJson, stats, serial };
})(globalThis);
