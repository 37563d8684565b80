// The only file that talks to the wasm module (build/wasm/winnow.{js,wasm}, copied to
// extension/dist/ by scripts/build-extension.sh): Core.analyze is the one analysis, the
// History its reader's memory. Everything Winnow decides is decided in the core; this file
// only loads the module, passes strings and bytes in and parses the JSON out. When the
// bindings' names change, this is the one file to edit.
'use strict';
(function (G) {
  const WASM_PATH = 'extension/dist/winnow.wasm';

  function bytesOf(v) {
    if (v instanceof Uint8Array) return v;
    if (v instanceof ArrayBuffer) return new Uint8Array(v);
    if (Array.isArray(v)) return Uint8Array.from(v);
    if (typeof v === 'string') return new TextEncoder().encode(v);
    if (v && typeof v.length === 'number') return Uint8Array.from(v);
    return new Uint8Array(0);
  }

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function parse(bytes, what) {
    const r = JSON.parse(typeof bytes === 'string' ? bytes : decoder.decode(bytes));
    if (r && r.error) throw new Error('winnow core, ' + what + ': ' + r.error);
    return r;
  }

  const LARGE_INPUT = 8 << 20;  // bytes: a buffer grown past this is given back at a page half its size

  // A site-template memory the module holds for JavaScript (wasm/handles.h): free() it once done.
  class Templates {
    constructor(t) { this.t = t; }
    bytes() { return bytesOf(this.t.bytes()); }
    free() { this.t.delete(); }
  }

  // One loaded module. `m` is what createWinnow resolved to (wasm/bind_*.cpp).
  class Core {
    constructor(m) { this.m = m; this.input = null; }

    // The snapshot's UTF-8 written into this Core's own input buffer (grown when a page needs it,
    // and given back after a very large page so that it does not stay pinned); returns
    // [input, length in bytes]. The buffer is read by the one call it is passed to.
    write(snapshot) {
      const max = snapshot.length * 3;  // UTF-8 never needs more bytes per UTF-16 unit
      const cap = this.input ? this.input.capacity() : -1;
      if (max > cap || (cap > LARGE_INPUT && max < cap / 2)) {
        if (this.input) this.input.delete();
        this.input = new this.m.SnapshotInput(max);
      }
      const at = this.input.address();
      return [this.input, encoder.encodeInto(snapshot, this.m.HEAPU8.subarray(at, at + max)).written];
    }

    // The analysis: the extract answer of design.md for a snapshot (snapshot.h; the URL rides
    // in its header), each block carrying `node`: the index of its element record, i.e. of
    // Winnow.snapshot's elements[]. `templates` (or null): a Templates, from readTemplates() or
    // HistoryHandle.siteTemplates(), so that blocks recurring across the site's pages are judged
    // `template`; it is read, never changed. Lone surrogates become U+FFFD here, as the core's
    // own sanitising would make them.
    analyze(snapshot, templates) {
      const [input, length] = this.write(snapshot);
      return parse(this.m.analyze(input, length, templates ? templates.t : null), 'extract');
    }

    // A site-template memory from the bytes of Templates.bytes() (unreadable bytes: empty).
    readTemplates(bytes) { return new Templates(this.m.Templates.read(bytesOf(bytes))); }

    // design.md's site of an address: the host, lower-cased, without a leading "www.".
    siteOf(url) { return this.m.siteOf(String(url || '')); }

    // The history of design.md with its site-template memory, from the core's own serialised
    // bytes (null: a new, empty one). Throws on bytes the core cannot read.
    openHistory(bytes) {
      const b = bytes && bytes.byteLength ? bytesOf(bytes) : null;
      const h = b ? this.m.History.load(b) : new this.m.History();
      if (!h) throw new Error(this.m.History.loadError());
      return new HistoryHandle(h, this);
    }
  }

  class HistoryHandle {
    constructor(h, core) { this.h = h; this.core = core; }
    // record: {id, url, time, sensitivity} plus a text DOC's {title, text} (or {snapshot}:
    // read() is the faster door for one).
    // Answers design.md's history line, then adds the page when the core finds an article.
    visit(record) { return parse(this.h.visit(JSON.stringify(record)), 'history'); }
    // The same answer without adding anything (incognito tabs).
    lookup(record) { return parse(this.h.lookup(JSON.stringify(record)), 'history'); }
    // A snapshot record's first pass, one analysis in two steps: {page, story()}. `page` is
    // the extract answer (as Core.analyze gives it with siteTemplates(url), the site's templates
    // now knowing the page when `add`); story() then answers as visit() (adding the page) or
    // lookup() would. Call story() or drop() once. The snapshot goes through the Core's input
    // buffer, not inside the record's JSON (escaped there, and copied by Embind character by
    // character: a third of the call on news pages).
    read(record, add) {
      const { snapshot, ...rest } = record;
      if (typeof snapshot !== 'string') throw new Error('winnow core, read: the record has no snapshot');
      const [input, length] = this.core.write(snapshot);
      const r = this.h.read(JSON.stringify(rest), input, length, !!add);
      let page;
      try { page = parse(r.page(), 'extract'); } catch (e) { r.delete(); throw e; }
      return {
        page,
        story: () => { try { return parse(this.h.story(r), 'history'); } finally { r.delete(); } },
        drop: () => r.delete(),
      };
    }
    // What the load from bytes left out: {records, skipped, problems: [text]}; no problems
    // when the bytes were read whole (and for a new history).
    loadReport() { return JSON.parse(this.h.loadReport()); }
    // Drops every page added with this id or at this address; true when there was one.
    remove(idOrUrl) { return this.h.remove(idOrUrl); }
    // Drops every page read before `cutoff` (seconds since the epoch); returns how many.
    retain(cutoff) { return this.h.retain(cutoff); }
    // Then keeps the `max` pages read last; returns how many were dropped.
    retainCount(max) { return this.h.retainCount(max); }
    // The addresses of the pages it holds.
    urls() { return JSON.parse(this.h.urls()); }
    size() { return this.h.size(); }
    // A copy of the URL's site's part of the template memory (a Templates to free()); the
    // memory itself is only read.
    siteTemplates(url) { return new Templates(this.h.siteTemplates(url)); }
    bytes() { return bytesOf(this.h.serialize()); }
    clear() { this.h.clear(); }
    free() { if (this.h.delete) this.h.delete(); }
  }

  let loading = null;

  // Loads the module once per JavaScript realm. In an extension the .wasm is fetched from the
  // extension's own files (never the network) and handed over as bytes; `wasmBinary` lets
  // Node tests and benches pass bytes they read themselves.
  function load(opts) {
    if (loading) return loading;
    const factory = (opts && opts.factory) || G.createWinnow;
    if (typeof factory !== 'function') return Promise.reject(new Error('winnow.js not loaded'));
    loading = (async () => {
      let wasmBinary = opts && opts.wasmBinary;
      if (!wasmBinary) {
        const res = await fetch(G.WinnowPlatform.api.runtime.getURL(WASM_PATH));
        wasmBinary = new Uint8Array(await res.arrayBuffer());
      }
      const m = await factory({ wasmBinary });
      return new Core(m);
    })();
    loading.catch(() => { loading = null; });
    return loading;
  }

  // Bytes across extension messaging (Chromium passes messages as JSON, where a Uint8Array
  // would not survive): base64 text.
  function toBase64(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }
  function fromBase64(text) {
    const s = atob(text || '');
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }

  G.WinnowCore = { load, toBase64, fromBase64 };
})(globalThis);
