// The content script's one job: take the snapshot, have the core analyse it, draw the answer.
// Analysis runs in the worker, and here once a page that keeps changing has loaded a module of
// its own (never on strict-CSP pages). The story step (history lookup and add) always runs
// in the worker, which owns the history. What this script writes into the page never depends
// on the history (design.md) until the reader asks for it: the story goes to the worker (the
// badge) and the popup, and onto the page (banner, known/new) only on the reader's request.
'use strict';
(function (G) {
  if (G.__winnowContent) return;
  G.__winnowContent = true;
  const W = G.Winnow;
  const S = G.WinnowSettings;
  const api = G.WinnowPlatform.api;
  const msg = (k, subs) => api.i18n.getMessage(k, subs) || k;
  const LEGEND = { dim: 'legendDimmed', gentle: 'legendOutlined', fold: 'legendFolded' };

  const DEBOUNCE_MS = 300;    // quiet time after the last DOM change before re-analysing
  const MAX_WAIT_MS = 1500;   // but never wait longer than this while the page keeps changing

  let settings = null;
  let site = '';              // design.md's site of this page, the core's word (asked at the start)
  let core = null;            // the local module once loaded; null: ask the worker
  let last = null;            // {url, snapText, page, plan, story, counts}
  const stories = new Map();  // URL -> {pageType, answer: the story's promise, snapText}
  // The story on the page: asked for by the reader (the popup or the keyboard command) for
  // this address, or shown by itself when the reader chose that in Options, unless dismissed.
  let revealedFor = null;
  let dismissedFor = null;
  let bannerFor = null;
  // In a private window nothing the reader does here is written to storage: corrections,
  // pauses and the closed legend last as long as the page.
  const incognito = !!(api.extension && api.extension.inIncognitoContext);
  let legendText = null;
  let contextTarget = null;
  let reports = 0;

  function send(m) {
    return api.runtime.sendMessage(m).then((r) => {
      if (r && r.error) throw new Error(r.error);
      return r;
    });
  }

  function paused() { return !settings || !!settings.paused[site]; }
  function revealed(url) { return revealedFor === url || (!!settings.autoBanner && dismissedFor !== url); }
  function remember(key, value) {
    settings[key] = value;
    return incognito ? Promise.resolve() : S.setKey(key, value);
  }

  // Passes go to the worker, where the module is already warm: a module of the page's own
  // costs 70-100 ms to instantiate, 20-50 ms more on its first calls, and 16 MB of memory
  // per tab. Only a page that keeps changing (LOCAL_AFTER passes: a live blog, an endless
  // list) gets one, loaded when the page is idle, together with a copy of the site's template
  // memory (bytes) from the worker, so that a block the site repeats stays `template` through
  // its passes. The module's JavaScript (winnow.js) comes then, from the worker, rather than
  // with the content scripts of every page (compiling it took 1.4-5.7 ms of each page's load
  // in a trace). Where the page's CSP forbids wasm the worker keeps answering.
  const LOCAL_AFTER = 3;
  let passes = 0;
  let localRequested = false;
  let templates = null;
  function whenIdle(fn) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 5000 });
    else setTimeout(fn, 1000);
  }
  function loadLocalCoreWhenIdle() {
    if (localRequested || !G.WinnowCore) return;
    localRequested = true;
    // A module's first call compiles the code it runs (14 ms median over the fixture pages, 24
    // at most, against 1.5 ms for the calls after it): that call is made on the last snapshot
    // while the page is idle, and passes use the module only then.
    const warm = (c, bytes) => whenIdle(() => {
      try {
        const t = c.readTemplates(bytes);  // held for the page's life
        if (last) c.analyze(last.snapText, t);
        templates = t; core = c;
      } catch (e) { core = null; }
    });
    whenIdle(() => send({ type: 'loadCore' })
      .then(() => Promise.all([G.WinnowCore.load(), send({ type: 'templates', url: location.href })]))
      .then(([c, r]) => warm(c, G.WinnowCore.fromBase64(r.templates)), () => { core = null; }));
  }

  // The worker reads a page into the history from the same analysis as its first pass
  // (`visit`): the page comes back for the marks, its story after. Once per address per page
  // load; again only if an article appears where there was none (a late body), so that
  // re-analyses never match the page against its own visit. Other passes are analysed here once
  // a page has its own module, else by the worker.
  let tokens = 0;
  async function analyze(url, snapText) {
    const had = stories.get(url);
    if (!had || had.pageType !== 'article') {
      const token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${tokens++}`;
      const visit = { url, token, time: Math.floor(Date.now() / 1000), sensitivity: settings.sensitivity,
        corrections: (settings.corrections && settings.corrections[site]) || {}, onlyArticle: !!had };
      const r = await send({ type: 'analyze', snapshot: snapText, visit,
        incognito });
      if (r.reading) {
        const answer = send({ type: 'story', token }).then((x) => x.story);
        stories.set(url, { pageType: r.page.page_type, answer, snapText });
        answer.catch(() => { if (stories.get(url) && stories.get(url).answer === answer) stories.delete(url); });
      }
      return { page: r.page, via: 'worker' };
    }
    if (core) {
      try { return { page: core.analyze(snapText, templates), via: 'content' }; } catch (e) { core = null; }
    }
    return { page: (await send({ type: 'analyze', snapshot: snapText })).page, via: 'worker' };
  }

  async function pass() {
    if (paused()) return;
    const t0 = performance.now();
    const url = location.href;
    if (last && last.url !== url) { W.banner.hide('winnow-banner'); bannerFor = null; revealedFor = null; }
    const snap = W.snapshot.take();
    const t1 = performance.now();
    let page; let via = 'cache';
    if (last && last.url === url && last.snapText === snap.text) page = last.page;
    else ({ page, via } = await analyze(url, snap.text));
    const t2 = performance.now();
    if (paused()) return;
    const { plan, content, byBlock } = W.marks.planOf(page, snap.elements,
      (settings.corrections && settings.corrections[site]) || {}, () => msg('reasonYours', [site]));
    // Marks first (block labels), the story's paragraphs once the worker answers. Shown on the
    // page already, the known/new paragraphs stay while the story is asked again.
    const shown = revealed(url) && last && last.url === url;
    if (shown) paraStatus(last.story, null, snap.text, content, byBlock);
    W.marks.apply(plan, page, settings.mode, shown, settings.fillerMode);
    const t3 = performance.now();
    const filler = [...plan.values()].filter((m) => m.label === 'boilerplate' && !m.headline).length;  // the headline is not filler
    drawLegend(filler);
    const read = stories.get(url);
    const story = await read.answer;
    if (paused()) return;
    for (const c of content) c.para = null;
    paraStatus(story, read.snapText, snap.text, content, byBlock);
    W.marks.apply(plan, page, settings.mode, revealed(url) && isRepeat(story), settings.fillerMode);
    const counts = {
      blocks: plan.size,
      filler,
      content: content.length,
      padding: content.filter((c) => c.filler).length,  // article paragraphs that pad the story
      knownParas: content.filter((c) => c.para === 'known').length,
      newParas: content.filter((c) => c.para === 'new').length,
      page_type: page.page_type, page_kind: page.page_kind || null, verdict: story.verdict,
      score: story.score, match_url: story.match_url || null,
      match_site: story.match_site || null, match_time: story.match_time || null,
      match_title: story.match_title || null, similar_url: story.similar?.url || null, via, revealed: revealed(url) && isRepeat(story),
      // drawn: when the marks were on the page, in ms since the navigation started.
      ms: { snapshot: t1 - t0, analyze: t2 - t1, marks: t3 - t2, total: performance.now() - t0, drawn: t3 },
    };
    last = { url, snapText: snap.text, page, plan, story, counts };
    drawUi(story, counts, url);
    if (settings.debugTiming) document.documentElement.setAttribute('data-winnow-ms', JSON.stringify(counts.ms) + ' ' + via);
    report(reports++ === 0);
    if (++passes >= LOCAL_AFTER) loadLocalCoreWhenIdle();
  }

  function isRepeat(story) { return !!story && (story.verdict === 'duplicate' || story.verdict === 'same_story'); }

  // Each article paragraph's known/new status (entry.para) from the worker's story: by position
  // while the page is the one the worker read (readText), by text once it has changed.
  function paraStatus(story, readText, snapText, content, byBlock) {
    if (!isRepeat(story)) return;
    const statusByText = new Map();
    for (const p of story.paragraphs || []) if (p.status !== 'boilerplate') statusByText.set(p.text, p.status);
    for (const p of readText === snapText ? story.paragraphs || [] : []) {
      const c = byBlock[p.index];
      if (c && c.label === 'content' && p.status !== 'boilerplate') c.para = p.status;
    }
    for (const c of content) if (!c.para && statusByText.has(c.text)) c.para = statusByText.get(c.text);
  }

  // Shows or takes back the story on the page: the banner and the known/new paragraphs.
  function showStory(on) {
    if (!last || last.url !== location.href) return false;
    if (on) { revealedFor = last.url; dismissedFor = null; } else { revealedFor = null; dismissedFor = last.url; }
    return redraw();
  }
  function redraw() {
    const on = revealed(last.url) && isRepeat(last.story);
    W.marks.apply(last.plan, last.page, settings.mode, on, settings.fillerMode);
    last.counts.revealed = on;
    drawUi(last.story, last.counts, last.url);
    return on;
  }

  function drawUi(story, counts, url) {
    const read = isRepeat(story) && revealed(url);
    if (read && bannerFor !== story) {
      W.banner.show(story, { newParas: counts.newParas, articleParas: counts.content }, msg, {
        focusNew: (on) => W.marks.focusNew(on),
        dismissed: () => { showStory(false); report(); },
      });
      bannerFor = story;
    } else if (!read && bannerFor) {
      W.banner.hide('winnow-banner');
      bannerFor = null;
    }
    drawLegend(counts.filler);
  }

  // The legend says what the page itself gives away (the filler count), drawn with the marks,
  // before the story is known, so that its timing does not hang on the history either.
  function drawLegend(filler) {
    if (!settings.legend) {
      W.banner.hide('winnow-legend');
      legendText = null;
      return;
    }
    const text = filler ? msg(LEGEND[settings.mode] || LEGEND.dim, [String(filler)]) : msg('legendNone');
    if (text !== legendText || !document.getElementById('winnow-legend')) {
      // closed by the reader: off on every page, until Options turns it back on
      W.banner.legend(text, msg('legendHide'), () => { legendText = null; remember('legend', false); });
      legendText = text;
    }
  }

  // The worker keeps the badge, the popup listens: the story never goes through the page.
  function report(first) {
    send({ type: 'report', counts: last ? last.counts : null, first: !!first }).catch(() => {});
  }

  function removeAll() {
    W.marks.clear();
    W.banner.hide('winnow-banner');
    W.banner.hide('winnow-legend');
    bannerFor = null; legendText = null; last = null; revealedFor = null;
    send({ type: 'report', paused: true }).catch(() => {});
  }

  // One pass at a time; changes during a pass schedule one more.
  let running = false; let again = false;
  async function run() {
    if (running) { again = true; return; }
    running = true;
    try { await pass(); } catch (e) { console.warn('winnow:', e); }
    running = false;
    if (again) { again = false; schedule(); }
  }

  let timer = null; let firstChange = 0;
  function schedule() {
    const now = Date.now();
    if (!timer) firstChange = now;
    clearTimeout(timer);
    const wait = Math.min(DEBOUNCE_MS, Math.max(0, firstChange + MAX_WAIT_MS - now));
    timer = setTimeout(() => { timer = null; run(); }, wait);
  }

  function ours(node) {
    for (let n = node; n; n = n.parentNode) {
      if (n.id === 'winnow-banner' || n.id === 'winnow-legend') return true;
      if (n.nodeType === 11 && n.host) return ours(n.host);
    }
    return false;
  }

  const observer = new MutationObserver((records) => {
    if (paused()) return;
    for (const r of records) {
      if (r.type === 'childList') {
        const nodes = [...r.addedNodes, ...r.removedNodes];
        if (nodes.length && nodes.every((n) => n.id === 'winnow-banner' || n.id === 'winnow-legend')) continue;
      }
      if (ours(r.target)) continue;
      schedule();
      return;
    }
  });

  api.runtime.onMessage.addListener((m, sender, reply) => {
    if (!m) return false;
    if (m.type === 'state') {
      reply({ site, url: location.href, paused: paused(), incognito, counts: last ? last.counts : null });
    } else if (m.type === 'reveal') {
      const on = showStory(m.on === 'toggle' ? !(last && last.counts.revealed) : !!m.on);
      report();
      reply({ revealed: on });
    } else if (m.type === 'pause' && incognito) {
      // The popup's switch in a private window: this page only, nothing stored.
      settings.paused = Object.assign({}, settings.paused, { [site]: !!m.on });
      if (paused()) removeAll(); else run();
      reply({ paused: paused() });
    } else if (m.type === 'correct') {
      const el = contextTarget && contextTarget.closest && contextTarget.closest('[data-winnow]');
      const entry = el && last && last.plan.get(el);
      if (!entry) { reply({ ok: false }); return false; }
      // "not filler" on padding inside the story is kept even though the core called it content
      const keep = m.label !== entry.coreLabel || (entry.filler && m.label === 'content');
      const label = keep ? m.label : null;
      if (incognito) {
        settings.corrections = S.corrected(settings.corrections, site, entry.text, label);
        run();
        reply({ ok: true });
        return false;
      }
      S.correct(site, entry.text, label).then(() => reply({ ok: true }));
      return true;
    } else {
      return false;
    }
    return false;
  });

  document.addEventListener('contextmenu', (e) => { contextTarget = e.target; }, true);
  W.marks.explainOnHover(msg);
  addEventListener('popstate', () => schedule());

  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !settings) return;
    for (const k of Object.keys(changes)) {
      // A private window keeps its own pauses and corrections.
      if (incognito && (k === 'paused' || k === 'corrections')) continue;
      if (k in settings || k === 'debugTiming') settings[k] = changes[k].newValue;
    }
    if (changes.paused && !incognito) {
      if (paused()) removeAll(); else run();
    } else if (changes.autoBanner && last && !paused()) {
      redraw();
      report();
    } else if ((changes.mode || changes.legend || changes.fillerMode) && !paused()) {
      W.marks.setMode(settings.mode, settings.fillerMode);
      if (last) drawUi(last.story, last.counts, last.url);
    } else if (changes.corrections && !paused() && !incognito) {
      run();
    }
  });

  (async () => {
    const [stored, own] = await Promise.all([S.get(), send({ type: 'site', url: location.href })]);
    site = own.site;
    settings = stored;
    settings.debugTiming = (await api.storage.local.get('debugTiming')).debugTiming || false;
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    if (!paused()) run();
  })();
})(globalThis);
