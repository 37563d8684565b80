// The compact DOM snapshot of core/include/winnow/snapshot.h (format version 1), taken in one
// walk of the live DOM. The core parses it in one call; element records are numbered in
// walk order, and `elements[i]` is the live element of record i, so the core's answer
// (Block.node = element index) maps straight back to the page.
'use strict';
(function (W) {
  const RS = '\u001e';
  const US = '\u001f';
  // Subtrees the producer leaves out entirely (snapshot.h). Winnow's own banner hosts too, so
  // that what Winnow draws never feeds back into the analysis.
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT']);
  const OWN_IDS = new Set(['winnow-banner', 'winnow-legend']);
  // The attributes the classifier reads, in the order they are written to `extra`.
  const EXTRA = ['href', 'itemprop', 'rel', 'aria-label', 'datetime'];
  const SEP = /[\u001e\u001f]/g;
  const LOWER = new Map();  // tagName -> its lower case, made once per tag

  function clean(s) {
    return s.indexOf(RS) >= 0 || s.indexOf(US) >= 0 ? s.replace(SEP, ' ') : s;
  }

  // One pass over the names of the element's own attributes (most have none or one) rather
  // than a lookup per name. getAttributeNames() makes no Attr objects as el.attributes does
  // (measured on 40 ScrapingHub pages: snapshot median 3.4 -> 2.4 ms, same output).
  const EXTRA_SET = new Set(EXTRA);
  function extraOf(el) {
    const names = el.getAttributeNames();
    let out = '';
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      if (!EXTRA_SET.has(n)) continue;
      const v = el.getAttribute(n);
      if (v !== '') out += n + '=' + (v.indexOf(';') >= 0 ? v.replace(/;/g, ' ') : v) + ';';
    }
    return out;
  }

  // 'h' when the element is not rendered: hidden / aria-hidden attribute, display:none,
  // visibility hidden or collapse, or a box of zero size that also clips its content.
  // (Measured: getComputedStyle here costs half of checkVisibility() on news pages.)
  function hiddenOf(el, view, attrs) {
    if (attrs && (el.hidden || el.getAttribute('aria-hidden') === 'true')) return true;
    const cs = view.getComputedStyle(el);
    if (cs.display === 'none') return true;
    const v = cs.visibility;
    if (v === 'hidden' || v === 'collapse') return true;
    if (cs.overflow === 'hidden' && el.getClientRects().length > 0) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return true;
    }
    return false;
  }

  // Returns {text: the snapshot string, elements: [Element]}.
  function take(doc) {
    doc = doc || document;
    const view = doc.defaultView;
    const root = doc.documentElement;
    const canonicalEl = doc.querySelector('link[rel~="canonical" i][href]');
    const parts = [['W1', location.href, root.getAttribute('lang') || '', doc.title || '',
      canonicalEl ? canonicalEl.href : ''].map(clean).join(US)];
    const elements = [];

    // Pre-order walk; a hidden element's subtree is left out, so it costs no style reads.
    function walk(el, depth) {
      const tag = el.tagName;
      if (SKIP.has(tag) || (el.id && OWN_IDS.has(el.id))) return;
      // Many elements (p, li, b, span...) have no attributes: nothing to read then.
      const attrs = el.hasAttributes();
      const hidden = depth > 0 && tag !== 'HEAD' && !inHead && hiddenOf(el, view, attrs);
      elements.push(el);
      let name = LOWER.get(tag);
      if (name === undefined) LOWER.set(tag, name = tag.toLowerCase());
      // id, class and role (three empty fields without attributes), then the flag and extra.
      const named = attrs ? clean(el.id) + US + clean(el.getAttribute('class') || '') + US +
        clean(el.getAttribute('role') || '') : US + US;
      parts.push('E' + US + depth + US + name + US + named + US + (hidden ? 'h' : '') + US + (attrs ? extraOf(el) : ''));
      // Below a hidden element nothing becomes a block: its subtree stays out (snapshot.h).
      if (hidden) return;
      const wasInHead = inHead;
      if (tag === 'HEAD') inHead = true;
      for (let c = el.firstChild; c !== null; c = c.nextSibling) {
        const t = c.nodeType;
        if (t === 1) {
          walk(c, depth + 1);
        } else if (t === 3) {
          const s = c.data;
          if (s.length === 0) continue;
          // Whitespace-only runs only separate words: one space keeps that and the size down.
          parts.push('T' + US + (depth + 1) + US + (/^\s+$/.test(s) ? ' ' : clean(s)));
        }
      }
      inHead = wasInHead;
    }
    let inHead = false;
    walk(root, 0);
    return { text: parts.join(RS), elements };
  }

  W.snapshot = { take };
})(globalThis.Winnow = globalThis.Winnow || {});
