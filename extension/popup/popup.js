// The toolbar popup: this tab's counts, verdict and match, pause for this site, how filler is
// shown. It asks the tab's content script; opened as a tab of its own (tests, screenshots) it
// shows the last web page Winnow analysed.
'use strict';
(async function (G) {
  const S = G.WinnowSettings;
  const api = S.api;
  const msg = G.winnowMsg;
  const $ = (id) => document.getElementById(id);

  async function targetTab() {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    const own = location.href.split('?')[0];
    const asked = new URLSearchParams(location.search).get('tab');
    if (asked) return Number(asked);
    if (tab && tab.url && !tab.url.startsWith(own)) return tab.id;
    const r = await api.runtime.sendMessage({ type: 'lastTab' });
    return r && r.tabId;
  }

  function when(seconds) {
    if (!seconds) return '';
    return new Date(seconds * 1000).toLocaleString();
  }

  async function render() {
    const tabId = await targetTab();
    let st = null;
    if (tabId !== undefined && tabId !== null) {
      st = await api.tabs.sendMessage(tabId, { type: 'state' }).catch(() => null);
    }
    const settings = await S.get();
    api.runtime.sendMessage({ type: 'saveState' })
      .then((s) => { $('unsaved').hidden = !(s && s.writeError); }, () => {});
    $('mode').value = settings.mode;
    $('sensitivity').value = settings.sensitivity;
    if (!st) { $('none').hidden = false; $('pause').disabled = true; return; }
    $('site').textContent = st.site;
    $('pause').checked = !!settings.paused[st.site];
    $('pause').onchange = () => S.setPaused(st.site, $('pause').checked).then(() => setTimeout(render, 150));
    const c = st.counts;
    if (!c) {
      $('none').textContent = msg(st.paused ? 'legendPaused' : 'popupNoPage');
      $('none').hidden = false;
      $('state').hidden = true;
      return;
    }
    $('none').hidden = true;
    $('state').hidden = false;
    $('verdict').textContent = msg('verdict_' + c.verdict);
    $('verdict').dataset.verdict = c.verdict;
    $('page-type').textContent = msg('page_' + c.page_type);
    $('count-blocks').textContent = String(c.blocks);
    $('count-filler').textContent = String(c.filler);
    $('count-content').textContent = String(c.content);
    $('count-padding').textContent = msg('popupPadding', [String(c.padding || 0), String(c.content)]);
    $('count-padding').dataset.padding = String(c.padding || 0);
    if (c.match_url && c.verdict !== 'different') {
      $('match').hidden = false;
      $('match-when').textContent = msg('bannerRead', [c.match_site || '', when(c.match_time)]);
      $('match-link').textContent = c.match_title || c.match_url;
      $('match-link').href = c.match_url;
    } else {
      $('match').hidden = true;
    }
  }

  $('mode').onchange = () => S.setKey('mode', $('mode').value);
  $('sensitivity').onchange = () => S.setKey('sensitivity', $('sensitivity').value);
  await render();
})(globalThis);
