// Options: statistics, how filler is shown, retention, export / import / clear of the
// history (through the worker, which owns it), paused sites and the reader's corrections.
'use strict';
(async function (G) {
  const S = G.WinnowSettings;
  const api = G.WinnowPlatform.api;
  const msg = G.winnowMsg;
  const $ = (id) => document.getElementById(id);

  async function ask(m) {
    const r = await api.runtime.sendMessage(m);
    if (r && r.error) throw new Error(r.error);
    return r;
  }

  function item(text, buttonText, onClick) {
    const li = document.createElement('li');
    li.textContent = text;
    const b = document.createElement('button');
    b.textContent = buttonText;
    b.addEventListener('click', onClick);
    li.appendChild(b);
    return li;
  }

  async function renderStats() {
    const s = await ask({ type: 'stats' });
    $('stat-pages').textContent = String(s.pages);
    $('stat-sites').textContent = String(s.sites);
    $('stat-filler').textContent = String(s.filler);
    $('stat-repeats').textContent = String(s.repeats);
    $('stat-bytes').textContent = String(s.bytes);
    // A failed write: what waits in memory, and what the reader can do about it.
    $('stat-unsaved').textContent = s.writeError
      ? msg(s.writeError === 'quota' ? 'optUnsavedQuota' : 'optUnsavedError', [String(s.unsaved), s.writeError]) : '';
  }

  async function renderSettings() {
    const st = await S.get();
    $('mode').value = st.mode;
    $('legend').checked = st.legend;
    $('auto-banner').checked = st.autoBanner;
    $('filler-mode').value = st.fillerMode;
    $('sensitivity').value = st.sensitivity;
    $('retention').value = st.retentionDays;
    $('retention-pages').value = st.retentionPages;
    const ex = $('exceptions');
    ex.textContent = '';
    const sites = Object.keys(st.paused).sort();
    if (!sites.length) ex.appendChild(Object.assign(document.createElement('li'), { textContent: msg('optNoExceptions') }));
    for (const site of sites) ex.appendChild(item(site, msg('optResume'), () => S.setPaused(site, false)));
    const co = $('corrections');
    co.textContent = '';
    let n = 0;
    for (const site of Object.keys(st.corrections).sort()) {
      for (const [text, label] of Object.entries(st.corrections[site])) {
        n++;
        const shown = `${site}: ${label === 'content' ? msg('menuNotFiller') : msg('menuFillerToo')} — “${text.slice(0, 80)}${text.length > 80 ? '…' : ''}”`;
        co.appendChild(item(shown, msg('optForget'), () => S.correct(site, text, null)));
      }
    }
    if (!n) co.appendChild(Object.assign(document.createElement('li'), { textContent: msg('optNoCorrections') }));
  }

  $('mode').onchange = () => S.setKey('mode', $('mode').value);
  $('legend').onchange = () => S.setKey('legend', $('legend').checked);
  $('auto-banner').onchange = () => S.setKey('autoBanner', $('auto-banner').checked);
  $('filler-mode').onchange = () => S.setKey('fillerMode', $('filler-mode').value);
  $('sensitivity').onchange = () => S.setKey('sensitivity', $('sensitivity').value);
  $('save-retention').onclick = async () => {
    const days = Math.max(1, Math.min(3650, Math.round(Number($('retention').value) || 90)));
    const pages = Math.max(1, Math.min(100000, Math.round(Number($('retention-pages').value) || 10000)));
    // One write: the worker applies both limits once on the change (one retention pass, not
    // one per key); 'retain' then waits for that pass in the worker's queue.
    await S.setKeys({ retentionDays: days, retentionPages: pages });
    await ask({ type: 'retain' });
    $('retention-status').textContent = msg('optSaved');
    renderStats();
  };
  $('export').onclick = async () => {
    const { data } = await ask({ type: 'export' });
    const blob = new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `winnow-history-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  };
  $('import').onchange = async () => {
    const f = $('import').files[0];
    if (!f) return;
    try {
      const r = await ask({ type: 'import', data: JSON.parse(await f.text()) });
      $('history-status').textContent = msg('optImported', [String(r.added), String(r.known)]) +
        (r.saved ? '' : ' ' + msg('optImportUnsaved'));
    } catch (e) {
      $('history-status').textContent = msg('optImportBad');
    }
    $('import').value = '';
    renderStats();
  };
  $('clear').onclick = async () => {
    await ask({ type: 'clear' });
    $('history-status').textContent = msg('optCleared');
    renderStats();
  };
  api.storage.onChanged.addListener(() => { renderSettings(); renderStats(); });
  await Promise.all([renderSettings(), renderStats()]);
})(globalThis);
