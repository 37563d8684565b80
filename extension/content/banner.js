// The repeated-story banner (#winnow-banner) and the small legend (#winnow-legend), each in
// its own shadow root so that page styles cannot reach them. The banner's is closed: it names
// where and when the reader read the story (and is drawn only when the reader asks), so page
// scripts must not read it; the legend says only what the page itself gives away. Every
// string goes in through textContent or an attribute: nothing is ever parsed as HTML.
'use strict';
(function (W) {
  const STYLE = `
    :host { all: initial; }
    .card { position: fixed; z-index: 2147483647; font: 14px/1.4 system-ui, sans-serif;
      color: #1d2b22; background: #f3faf5; border: 1px solid #2e9b4f; border-radius: 8px;
      box-shadow: 0 4px 16px rgba(0,0,0,.18); }
    .banner { top: 12px; right: 12px; max-width: 380px; padding: 12px 14px; }
    .legend { bottom: 12px; right: 12px; max-width: 340px; padding: 6px 10px; font-size: 12px; background: #fff;
      border-color: #888; color: #333; display: flex; gap: 8px; align-items: flex-start; }
    .legend .close { border: 0; padding: 0 2px; font-size: 16px; line-height: 1; color: #555; background: none; }
    .title { font-weight: 600; margin: 0 0 4px; }
    .sub { margin: 0 0 8px; color: #44574a; }
    a { color: #1f6f38; word-break: break-word; }
    .row { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
    button { font: inherit; border: 1px solid #2e9b4f; background: #fff; color: #1f6f38;
      border-radius: 5px; padding: 3px 10px; cursor: pointer; }
    button.primary { background: #2e9b4f; color: #fff; }
    .logo { font-weight: 700; color: #2e9b4f; margin-right: 6px; }
    .key { font-size: 12px; color: #44574a; margin: 0 0 6px; }
    .sw { display: inline-block; width: 4px; height: 12px; vertical-align: -1px; margin: 0 4px 0 0; }
    .sw.known { background: #b9b9b9; } .sw.new { background: #2e9b4f; margin-left: 10px; }`;

  const roots = new WeakMap();  // host element -> its shadow root (closed ones are only here)
  function host(id, mode) {
    let el = document.getElementById(id);
    if (!el || !roots.has(el)) {
      if (el) el.remove();  // left by an earlier instance of the script: its root is out of reach
      el = document.createElement('winnow-ui');
      el.id = id;
      roots.set(el, el.attachShadow({ mode }));
      (document.documentElement).appendChild(el);
    }
    const root = roots.get(el);
    root.textContent = '';
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.appendChild(style);
    return root;
  }

  function node(tag, cls, text) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function when(seconds, msg) {
    const ago = Math.max(0, Date.now() / 1000 - seconds);
    if (ago < 90) return msg('whenJustNow');
    if (ago < 3600 * 1.5) return msg('whenMinutes', [String(Math.round(ago / 60))]);
    if (ago < 86400 * 1.5) return msg('whenHours', [String(Math.round(ago / 3600))]);
    if (ago < 86400 * 14) return msg('whenDays', [String(Math.round(ago / 86400))]);
    return new Date(seconds * 1000).toLocaleDateString();
  }

  // story: the core's history answer plus the worker's {match_site, match_time, match_title}.
  function show(story, counts, msg, actions) {
    const root = host('winnow-banner', 'closed');
    const card = node('div', 'card banner');
    card.setAttribute('role', 'status');
    const title = node('p', 'title');
    title.appendChild(node('span', 'logo', 'Winnow'));
    title.appendChild(document.createTextNode(
      msg('bannerRead', [story.match_site || '', when(story.match_time || 0, msg)])));
    card.appendChild(title);
    card.appendChild(node('p', 'sub', (story.verdict === 'duplicate' ? msg('bannerDuplicate')
      : msg('bannerSameStory')) + ' · ' + msg('bannerNewCount', [String(counts.newParas), String(counts.articleParas)])));
    const key = node('p', 'key');
    key.appendChild(node('span', 'sw known'));
    key.appendChild(document.createTextNode(msg('bannerKeyKnown')));
    key.appendChild(node('span', 'sw new'));
    key.appendChild(document.createTextNode(msg('bannerKeyNew')));
    card.appendChild(key);
    if (story.match_url) {
      const a = node('a', 'match', story.match_title || story.match_url);
      a.href = story.match_url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      card.appendChild(a);
    }
    const row = node('div', 'row');
    const showNew = node('button', 'primary shownew', msg('bannerShowNew'));
    let focused = false;
    showNew.addEventListener('click', () => {
      focused = !focused;
      showNew.textContent = focused ? msg('bannerShowAll') : msg('bannerShowNew');
      actions.focusNew(focused);
    });
    const dismiss = node('button', 'dismiss', msg('bannerDismiss'));
    dismiss.addEventListener('click', () => { hide('winnow-banner'); actions.dismissed(); });
    row.appendChild(showNew);
    row.appendChild(dismiss);
    card.appendChild(row);
    root.appendChild(card);
  }

  // `closeLabel` names the close button for screen readers; `closed` runs when it is pressed.
  function legend(text, closeLabel, closed) {
    const root = host('winnow-legend', 'open');
    const card = node('div', 'card legend');
    card.appendChild(node('span', '', text));
    const close = node('button', 'close', '×');
    close.title = closeLabel;
    close.setAttribute('aria-label', closeLabel);
    close.addEventListener('click', () => { hide('winnow-legend'); closed(); });
    card.appendChild(close);
    root.appendChild(card);
  }

  function hide(id) {
    const el = document.getElementById(id);
    if (el) el.remove();
  }

  W.banner = { show, legend, hide };
})(globalThis.Winnow = globalThis.Winnow || {});
