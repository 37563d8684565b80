// An export file checked whole before anything of it is applied: a bad entry rejects the
// file with an error that names it, so an import is all or nothing.
'use strict';
(function (G) {
  const FORMAT = 'winnow-history';
  const VERSION = 1;
  const MAX_ENTRIES = 100000;              // the most pages Options lets the history keep
  const MAX_CHARS = 64 * 1024 * 1024;      // all addresses, titles and texts together
  const MAX_URL_CHARS = 8192;              // longer than any address a browser keeps whole

  function webUrl(u) {
    if (typeof u !== 'string' || u.length > MAX_URL_CHARS) return false;
    try {
      const p = new URL(u).protocol;
      return p === 'http:' || p === 'https:';
    } catch (e) { return false; }
  }

  // The one problem of entry `e`, or null.
  function problemOf(e) {
    if (!e || typeof e !== 'object') return 'is not an entry';
    if (!webUrl(e.url)) return 'has no http or https address';
    if (typeof e.text !== 'string') return 'has no text';
    if (e.title !== undefined && e.title !== null && typeof e.title !== 'string') return 'has a title that is not text';
    if (typeof e.time !== 'number' || !Number.isFinite(e.time) || e.time < 0) return 'has no reading time';
    return null;
  }

  // `data`: a parsed export. Returns its entries [{url, title, time, text}], one per URL (the
  // newest reading), oldest first, each time clamped to `now` (seconds): a time in the future
  // would keep a page past every retention limit. Throws on anything else.
  function check(data, now) {
    if (!data || data.format !== FORMAT || typeof data.version !== 'number' ||
        data.version > VERSION || !Array.isArray(data.entries)) {
      throw new Error('not a Winnow history export');
    }
    const list = data.entries;
    if (list.length > MAX_ENTRIES) {
      throw new Error(`the file holds ${list.length} pages, more than the ${MAX_ENTRIES} a history keeps; nothing was imported`);
    }
    let chars = 0;
    const byUrl = new Map();
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      const problem = problemOf(e);
      if (problem) throw new Error(`entry ${i + 1} of the file ${problem}; nothing was imported`);
      chars += e.url.length + e.text.length + (e.title || '').length;
      if (chars > MAX_CHARS) throw new Error(`the file is larger than ${MAX_CHARS / 1048576} MB of text; nothing was imported`);
      const entry = { url: e.url, title: e.title || '', time: Math.min(e.time, now), text: e.text };
      const have = byUrl.get(entry.url);
      if (!have || have.time <= entry.time) byUrl.set(entry.url, entry);
    }
    return [...byUrl.values()].sort((a, b) => a.time - b.time);
  }

  G.WinnowImport = { check, FORMAT, VERSION };
})(globalThis);
