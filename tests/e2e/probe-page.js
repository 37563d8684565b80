// A hostile page's own script (inlined into the probe pages of privacy.test.mjs): it records
// everything a page can observe of what an extension did to it. window.__probe.observe()
// returns it as one JSON-able object; the test compares two readers' objects.
(function () {
  const initial = new WeakSet();
  const initialKeys = new Set(Object.keys(window));
  const mutations = [];
  const pathOf = (n) => {
    if (!n) return null;
    if (n.nodeType === 9) return '#document';
    const parts = [];
    for (let e = n; e && e.nodeType === 1; e = e.parentNode) {
      const i = e.parentNode ? [...e.parentNode.childNodes].indexOf(e) : 0;
      parts.unshift(`${e.localName}:${i}`);
    }
    return (n.nodeType === 1 ? '' : `#${n.nodeType}<`) + parts.join('/');
  };
  const describe = (n) => n.nodeType === 1 ? `${n.localName}#${n.id}.${n.className}` : `#${n.nodeType}`;
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100); };
  const STYLED = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, article, section, nav, aside, header, footer, main, div, a, span';

  document.addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('*')) initial.add(el);
    new MutationObserver((rs) => {
      for (const r of rs) {
        mutations.push({ type: r.type, target: pathOf(r.target), name: r.attributeName,
          value: r.type === 'attributes' ? r.target.getAttribute(r.attributeName) : null,
          added: [...r.addedNodes].map(describe), removed: [...r.removedNodes].map(describe) });
      }
    }).observe(document, { childList: true, attributes: true, characterData: true, subtree: true });
  });

  function styleOf(el, pseudo) {
    const cs = getComputedStyle(el, pseudo);
    const out = {};
    for (let i = 0; i < cs.length; i++) out[cs[i]] = cs.getPropertyValue(cs[i]);
    return out;
  }

  async function observe() {
    // What a page may do to make an extension say more: hover and focus everything.
    for (const el of document.querySelectorAll('*')) {
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      el.dispatchEvent(new MouseEvent('mouseenter'));
    }
    await new Promise((r) => setTimeout(r, 200));
    const all = [...document.querySelectorAll('*')];
    const grid = [];
    for (let y = 5; y < innerHeight; y += 30) for (let x = 5; x < innerWidth; x += 30) grid.push(pathOf(document.elementFromPoint(x, y)));
    return {
      url: location.href,
      title: document.title,
      rootClass: document.documentElement.className,
      elements: all.map((el) => ({ path: pathOf(el), attrs: el.getAttributeNames().sort().map((n) => [n, el.getAttribute(n)]),
        openShadow: el.shadowRoot ? el.shadowRoot.innerHTML : null, box: box(el) })),
      added: all.filter((el) => !initial.has(el)).map((el) => ({ path: pathOf(el), what: describe(el), box: box(el) })),
      styles: [...document.querySelectorAll(STYLED)].map((el) => ({ path: pathOf(el), style: styleOf(el),
        before: styleOf(el, '::before').content, after: styleOf(el, '::after').content })),
      grid,
      scroll: [scrollX, scrollY, document.documentElement.scrollHeight, document.documentElement.scrollWidth],
      active: pathOf(document.activeElement),
      selection: String(getSelection()),
      windowKeys: Object.keys(window).filter((k) => !initialKeys.has(k) && k !== '__probe'),
      styleSheets: document.styleSheets.length,
      resources: performance.getEntriesByType('resource').map((e) => e.name),
      mutations,
    };
  }

  window.__probe = { observe };
})();
