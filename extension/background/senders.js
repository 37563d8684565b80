// Who may ask the worker what: decided from what the browser says about the sender (never from
// the message). Privileged messages only from the extension's own pages; a tab's content script
// only about its own tab, address and site.
'use strict';
(function (G) {
  const PRIVILEGED = new Set(['export', 'import', 'clear', 'retain', 'stats', 'saveState', 'lastTab', 'settings']);
  const PAGE_ONLY = new Set(['report', 'loadCore']);

  function extensionPage(sender, rt) {
    return !!sender && sender.id === rt.id && typeof sender.url === 'string' && sender.url.startsWith(rt.getURL(''));
  }

  function contentScript(sender, rt) {
    return !!sender && sender.id === rt.id && !!sender.tab && sender.tab.id >= 0 && !extensionPage(sender, rt);
  }

  // The same document: the address without its fragment.
  function sameAddress(a, b) {
    const strip = (u) => String(u || '').split('#')[0];
    return typeof a === 'string' && typeof b === 'string' && strip(a) === strip(b);
  }

  // The addresses the browser gives for the sender's document: the frame's URL (Chromium keeps
  // the one the document loaded with), and for a top frame the tab's, which follows
  // history.pushState (a single-page app's new address).
  function ownAddresses(sender) {
    return [sender.url, sender.frameId === 0 && sender.tab ? sender.tab.url : null].filter(Boolean);
  }

  // The address a snapshot says it was taken at (snapshot.h, header record: "W1" US url US ...).
  function snapshotUrl(snapshot) {
    if (typeof snapshot !== 'string') return null;
    const end = snapshot.indexOf('\u001e');
    const header = (end < 0 ? snapshot : snapshot.slice(0, end)).split('\u001f');
    return header[0] === 'W1' ? header[1] : null;
  }

  // Throws when `sender` may not send `m`. `owner(token)` is the tab a story reading belongs to.
  function check(m, sender, rt, siteOf, owner) {
    const type = m && m.type;
    if (extensionPage(sender, rt)) return;
    if (!contentScript(sender, rt) || PRIVILEGED.has(type)) throw new Error(`${type}: not allowed from this sender`);
    if (PAGE_ONLY.has(type)) return;
    const own = ownAddresses(sender);
    const isOwn = (u) => own.some((o) => sameAddress(u, o));
    const refuse = (why) => { throw new Error(`${type}: ${why}`); };
    switch (type) {
      case 'analyze':
        if (!isOwn(snapshotUrl(m.snapshot))) refuse('the snapshot is not of the sender\'s page');
        if (m.visit && !isOwn(m.visit.url)) refuse('a visit only of the sender\'s own address');
        return;
      case 'visit':
        if (!m.page || !isOwn(m.page.url)) refuse('a visit only of the sender\'s own address');
        return;
      case 'story':
        if (owner(m.token) !== sender.tab.id) refuse('not this tab\'s reading');
        return;
      case 'templates':
        if (!own.some((o) => siteOf(String(m.url || '')) === siteOf(o))) refuse('only the sender\'s own site');
        return;
      case 'site':
        if (!isOwn(m.url)) refuse('only the site of the sender\'s own address');
        return;
      default:
        refuse('unknown message');
    }
  }

  G.WinnowSenders = { check, extensionPage, contentScript, sameAddress, snapshotUrl };
})(globalThis);
