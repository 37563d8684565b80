// The toolbar popup: a tab's counts, verdict and match, what Winnow took the page for, the
// button that shows the story on the page (the reader's own gesture, the only way it gets
// there unless Options says otherwise), pause for this site, how filler is shown. It asks the
// tab's content script, and redraws when that tab reports again. `popup.html?tab=<id>` shows
// that tab; opened as a tab of its own without it, the last web page Winnow analysed.
'use strict';
(async function (G) {
  const S = G.WinnowSettings;
  const api = G.WinnowPlatform.api;
  const msg = G.winnowMsg;
  const $ = (id) => document.getElementById(id);
  // The model's page kinds (the core's page_kind) the popup names on pages that are not articles.
  const KINDS = new Set(['forum', 'product', 'collection', 'listing', 'documentation', 'service']);

  async function targetTab() {
    const asked = new URLSearchParams(location.search).get('tab');
    if (asked) return Number(asked);
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    const own = location.href.split('?')[0];
    if (tab && tab.url && !tab.url.startsWith(own)) return tab.id;
    const r = await api.runtime.sendMessage({ type: 'lastTab' });
    return r && r.tabId;
  }

  function when(seconds) {
    if (!seconds) return '';
    return new Date(seconds * 1000).toLocaleString();
  }

  const tabId = await targetTab();
  const toTab = (m) => api.tabs.sendMessage(tabId, m, { frameId: 0 });

  // A guide or explainer on a topic the reader read about: told apart from the same story.
  function showSimilar(c) {
    const similar = c.verdict === 'different' && c.similar_url;
    $('similar').hidden = !similar;
    if (!similar) return;
    $('similar-link').textContent = c.similar_url;
    $('similar-link').href = c.similar_url;
  }

  function showMatch(c) {
    const read = c.match_url && c.verdict !== 'different';
    $('match').hidden = !read;
    if (!read) return;
    $('match-when').textContent = msg('bannerRead', [c.match_site || '', when(c.match_time)]);
    $('match-link').textContent = c.match_title || c.match_url;
    $('match-link').href = c.match_url;
    $('reveal').textContent = msg(c.revealed ? 'popupHide' : 'popupReveal');
    $('reveal').dataset.revealed = String(!!c.revealed);
    // Only the reader's own click puts the story on the page.
    $('reveal').onclick = (e) => {
      if (!e.isTrusted) return;
      toTab({ type: 'reveal', on: !c.revealed }).then(render, () => {});
    };
  }

  // A history rebuilt from damaged bytes is told once: shown here, then forgotten.
  async function tellRecovered() {
    const { historyRecovered: r } = await api.storage.local.get('historyRecovered');
    if (!r) return;
    $('recovered').textContent = msg('popupRecovered', [String(r.rebuilt || 0)]);
    $('recovered').hidden = false;
    await api.storage.local.remove('historyRecovered');
  }

  async function render() {
    let st = null;
    if (tabId !== undefined && tabId !== null) st = await toTab({ type: 'state' }).catch(() => null);
    const settings = await S.get();
    api.runtime.sendMessage({ type: 'saveState' })
      .then((s) => { $('unsaved').hidden = !(s && s.writeError); }, () => {});
    $('mode').value = settings.mode;
    $('sensitivity').value = settings.sensitivity;
    if (!st) { $('none').hidden = false; $('pause').disabled = true; return; }
    $('site').textContent = st.site;
    $('pause').disabled = false;
    $('pause').checked = !!st.paused;
    // In a private window the switch pauses this page only: nothing is written to storage.
    $('pause').onchange = () => (st.incognito ? toTab({ type: 'pause', on: $('pause').checked })
      : S.setPaused(st.site, $('pause').checked)).then(() => setTimeout(render, 150));
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
    // page_type decides what enters the history; on any other page the model's reading of its
    // kind (forum, shop, documentation...) says why Winnow marks only chrome there
    const kind = c.page_type !== 'article' && KINDS.has(c.page_kind) ? c.page_kind : c.page_type;
    $('page-type').textContent = msg('page_' + kind);
    $('page-type').dataset.pageType = c.page_type;
    $('page-type').dataset.pageKind = c.page_kind || '';
    $('count-blocks').textContent = String(c.blocks);
    $('count-filler').textContent = String(c.filler);
    $('count-content').textContent = String(c.content);
    $('count-padding').textContent = msg('popupPadding', [String(c.padding || 0), String(c.content)]);
    $('count-padding').dataset.padding = String(c.padding || 0);
    showMatch(c);
    showSimilar(c);
  }

  // The tab's content script reports each pass to the worker; this page hears it too.
  api.runtime.onMessage.addListener((m, sender) => {
    if (m && m.type === 'report' && sender.tab && sender.tab.id === tabId) render();
    return false;
  });
  $('mode').onchange = () => S.setKey('mode', $('mode').value);
  $('sensitivity').onchange = () => S.setKey('sensitivity', $('sensitivity').value);
  tellRecovered().catch(() => {});
  await render();
})(globalThis);
