// Applies the core's answer to the live page as attributes (design.md "What a web page may
// learn from Winnow") and removes them again. What it writes depends on the page alone (and
// the site's own template memory), never on the reading history, except the known/new
// paragraphs, written only once the reader asked for them (`revealed`). Only attributes are
// written: page text is never inserted as HTML. Re-applying diffs against what is there, so a
// re-analysis that changes nothing touches nothing (no flicker).
'use strict';
(function (W, S) {
  const ATTRS = ['data-winnow', 'data-winnow-kind', 'data-winnow-para', 'data-winnow-reason', 'data-winnow-unfaded',
    'data-winnow-filler'];
  const DOC_ATTRS = ['data-winnow-page', 'data-winnow-story'];
  const MODES = ['winnow-gentle', 'winnow-dim', 'winnow-fold', 'winnow-focus-new'];
  const FILLER_MODES = ['show', 'fade', 'hide'];  // how padding inside the story is drawn
  let marked = new Set();

  function set(el, name, value) {
    if (value === null || value === undefined) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== value) {
      el.setAttribute(name, value);
    }
  }

  // The tooltip: the element's own title wins; ours is remembered so it can be taken back.
  function setTitle(el, text) {
    const ours = el.hasAttribute('data-winnow-title');
    if (text === null) {
      if (ours) { el.removeAttribute('title'); el.removeAttribute('data-winnow-title'); }
      return;
    }
    if (el.hasAttribute('title') && !ours) return;
    set(el, 'title', text);
    set(el, 'data-winnow-title', '');
  }

  // The core's blocks mapped onto live elements (Block.node = element index), with the
  // reader's corrections for this site (exact block text -> label; WinnowSettings.labelOf).
  // yoursReason() gives the hover reason of a corrected block; it is called only for one,
  // since a page's first getMessage is a synchronous round trip to the browser (3-4 ms).
  // Returns {plan: Map<Element, entry>, content: [entry], byBlock: [entry | null]}.
  function planOf(page, elements, corrections, yoursReason) {
    const plan = new Map();
    const content = [];
    const byBlock = [];  // block position -> its entry (the history's paragraph index)
    for (const b of page.blocks) {
      const el = elements[b.node];
      byBlock.push(null);
      if (!el) continue;
      const yours = S.correctionOf(b, corrections);
      const label = S.labelOf(b, corrections);
      // Padding inside the story (the core's `filler` code), unless the reader said "not filler".
      const filler = label === 'content' && b.filler && yours !== 'content' ? b.filler : null;
      const entry = {
        label, text: b.text, coreLabel: b.label, filler,
        kind: label === 'boilerplate' ? (b.label === 'boilerplate' ? b.kind : 'other') : 'article',
        reason: yours && yours !== b.label ? yoursReason() : b.reason,
        headline: !yours && !!b.headline,
        para: null,
      };
      const prev = plan.get(el);
      if (prev && prev.label === 'content') { byBlock[byBlock.length - 1] = prev; continue; }
      if (prev && label !== 'content') { byBlock[byBlock.length - 1] = prev; continue; }
      plan.set(el, entry);
      byBlock[byBlock.length - 1] = entry;
      if (label === 'content') content.push(entry);
    }
    return { plan, content, byBlock };
  }

  // plan: Map<Element, {label, kind, reason, para}> built by content.js from the core's answer.
  // revealed: the reader asked to see on the page what they read before (para, and the
  // data-winnow-story switch its styles hang on); otherwise no para is written.
  function apply(plan, page, mode, revealed, fillerMode) {
    const next = new Set();
    for (const [el, m] of plan) {
      next.add(el);
      set(el, 'data-winnow', m.label);
      set(el, 'data-winnow-kind', m.label === 'boilerplate' ? m.kind : null);
      set(el, 'data-winnow-filler', m.filler || null);
      set(el, 'data-winnow-reason', m.label === 'boilerplate' || m.filler ? m.reason : null);
      set(el, 'data-winnow-para', revealed && m.para || null);
    }
    for (const el of marked) if (!next.has(el)) unmarkOne(el);
    marked = next;
    // Boilerplate that keeps its label but is not faded (data-winnow-unfaded says why): an
    // element that holds article blocks (a wrapper with some chrome text of its own), since
    // fading it would fade the article inside, and the page's headline, which the core keeps
    // out of the article's text but is no filler.
    const outer = new Set();
    for (const [el, m] of plan) {
      if (m.label !== 'content') continue;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const am = plan.get(a);
        if (am && am.label === 'boilerplate') outer.add(a);
      }
    }
    for (const [el, m] of plan) {
      const unfaded = outer.has(el) ? 'outer' : m.headline && m.label === 'boilerplate' ? 'headline' : null;
      set(el, 'data-winnow-unfaded', unfaded);
    }
    const root = document.documentElement;
    set(root, 'data-winnow-page', page.page_type);
    set(root, 'data-winnow-story', revealed ? '' : null);
    if (!revealed) focusNew(false);
    setMode(mode, fillerMode);
  }

  // The hover text, written when the pointer reaches a marked element rather than on every
  // pass: a pass then asks the locale for nothing (the first getMessage of a page is a
  // round trip to the browser) and writes one attribute less per block.
  function titleOf(el, msg) {
    const d = el.dataset;
    if (d.winnow === 'boilerplate' && d.winnowUnfaded === 'headline') return msg('markHeadline');
    if (d.winnow === 'boilerplate') {
      return msg('labelFiller') + ' — ' + msg('kind_' + d.winnowKind) + ': ' + d.winnowReason + '. ' + msg('markFixHint');
    }
    if (d.winnowFiller) return msg('labelPadding') + ': ' + d.winnowReason + '. ' + msg('markPaddingHint');
    return d.winnowPara === 'known' ? msg('markKnown') : d.winnowPara === 'new' ? msg('markNew') : null;
  }
  // Only the reader's own pointer: a page's synthetic events get nothing written.
  function explainOnHover(msg) {
    document.addEventListener('mouseover', (e) => {
      if (!e.isTrusted) return;
      const el = e.target && e.target.closest && e.target.closest('[data-winnow]');
      if (el && marked.has(el)) setTitle(el, titleOf(el, msg));
    }, true);
  }

  function setMode(mode, fillerMode) {
    const cl = document.documentElement.classList;
    for (const m of ['winnow-gentle', 'winnow-dim', 'winnow-fold']) {
      if (m === 'winnow-' + mode) { if (!cl.contains(m)) cl.add(m); } else if (cl.contains(m)) cl.remove(m);
    }
    const padding = FILLER_MODES.includes(fillerMode) ? fillerMode : 'show';
    for (const f of FILLER_MODES) {
      const m = 'winnow-padding-' + f;
      if (f === padding) { if (!cl.contains(m)) cl.add(m); } else if (cl.contains(m)) cl.remove(m);
    }
  }

  function focusNew(on) {
    const cl = document.documentElement.classList;
    if (cl.contains('winnow-focus-new') !== !!on) cl.toggle('winnow-focus-new', !!on);
    if (on) {
      const first = document.querySelector('[data-winnow-para="new"]');
      if (first) first.scrollIntoView({ block: 'center' });
    }
  }

  function unmarkOne(el) {
    setTitle(el, null);
    for (const a of ATTRS) if (el.hasAttribute(a)) el.removeAttribute(a);
  }

  function clear() {
    for (const el of marked) unmarkOne(el);
    // Also anything a previous instance of the script left behind (extension reloaded).
    for (const el of document.querySelectorAll('[data-winnow]')) unmarkOne(el);
    marked = new Set();
    const root = document.documentElement;
    for (const a of DOC_ATTRS) root.removeAttribute(a);
    for (const m of MODES) root.classList.remove(m);
    for (const f of FILLER_MODES) root.classList.remove('winnow-padding-' + f);
  }

  W.marks = { planOf, apply, clear, focusNew, setMode, explainOnHover };
})(globalThis.Winnow = globalThis.Winnow || {}, globalThis.WinnowSettings);
