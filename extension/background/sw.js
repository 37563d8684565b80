// The background service worker (a background script in Firefox): owns the history, answers
// the content scripts, keeps the badge and the context menu. It makes no network request:
// the only fetch is of the extension's own winnow.wasm.
'use strict';
if (typeof importScripts === 'function' && !globalThis.WinnowHistory) {
  // Chromium's classic service worker; Firefox loads the same files from background.scripts.
  importScripts('../dist/winnow.js', '../lib/core.js', '../lib/settings.js', 'store.js', 'import.js', 'history.js');
}
(function (G) {
  const S = G.WinnowSettings;
  const H = G.WinnowHistory;
  const api = S.api;
  const session = api.storage.session || null;

  async function bumpStats(filler, repeat) {
    return H.serial(async () => {
      const { stats } = await api.storage.local.get('stats');
      const s = Object.assign({ filler: 0, repeats: 0 }, stats);
      s.filler += filler; s.repeats += repeat ? 1 : 0;
      await api.storage.local.set({ stats: s });
    });
  }

  async function onReport(m, sender) {
    const tabId = sender.tab && sender.tab.id;
    if (tabId === undefined || tabId < 0) return {};
    const text = m.paused || !m.counts ? '' : String(m.counts.filler || '');
    await api.action.setBadgeText({ tabId, text }).catch(() => {});
    await api.action.setBadgeBackgroundColor({ tabId, color: '#2e6e3c' }).catch(() => {});
    if (session) await session.set({ lastTab: tabId }).catch(() => {});
    if (m.first && m.counts) await bumpStats(m.counts.filler || 0, m.counts.verdict === 'duplicate' || m.counts.verdict === 'same_story');
    return {};
  }

  async function retain() {
    const s = await S.get();
    return H.retain(s.retentionDays, s.retentionPages);
  }

  // Incognito pages are answered, never recorded.
  function incognitoOf(m, sender) { return !!(sender.tab && sender.tab.incognito) || !!m.incognito; }

  async function handle(m, sender) {
    switch (m && m.type) {
      case 'analyze': return H.analyze(m.snapshot, m.visit || null, incognitoOf(m, sender));
      case 'story': return { story: await H.story(m.token) };
      // The module's JavaScript, into the content scripts' world of the frame that asks (a
      // page that keeps changing, about to load a module of its own).
      case 'loadCore': {
        if (!sender.tab || sender.tab.id < 0) throw new Error('loadCore: not asked from a tab');
        await api.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId || 0] },
          files: ['extension/dist/winnow.js'] });
        return {};
      }
      case 'templates': return { templates: G.WinnowCore.toBase64(await H.templates(m.url)) };
      // A text DOC's story ({url, title, time, paragraphs, page_type}): what an extension page
      // asks; a content script's pages are read through 'analyze'.
      case 'visit': return { story: await H.visit(m.page, incognitoOf(m, sender)) };
      case 'report': return onReport(m, sender);
      case 'lastTab': return { tabId: session ? (await session.get('lastTab')).lastTab : undefined };
      case 'export': return { data: await H.exportJson() };
      case 'import': return H.importJson(m.data);
      case 'clear': await H.clear(); return {};
      case 'retain': return { removed: await retain() };
      case 'saveState': return H.saveState();
      case 'stats': {
        const [h, st] = await Promise.all([H.stats(), api.storage.local.get('stats')]);
        return Object.assign({ filler: 0, repeats: 0 }, st.stats, h);
      }
      default: throw new Error('unknown message ' + (m && m.type));
    }
  }

  api.runtime.onMessage.addListener((m, sender, reply) => {
    handle(m, sender).then(reply, (e) => reply({ error: String(e && e.message || e) }));
    return true;  // async answer
  });

  function menus() {
    Promise.resolve(api.contextMenus.removeAll()).then(() => {
      api.contextMenus.create({ id: 'winnow-not-filler', title: api.i18n.getMessage('menuNotFiller'), contexts: ['all'] });
      api.contextMenus.create({ id: 'winnow-filler-too', title: api.i18n.getMessage('menuFillerToo'), contexts: ['all'] });
    });
  }
  api.runtime.onInstalled.addListener(menus);
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (!tab || tab.id < 0) return;
    const label = info.menuItemId === 'winnow-not-filler' ? 'content' : 'boilerplate';
    api.tabs.sendMessage(tab.id, { type: 'correct', label }, { frameId: info.frameId || 0 }).catch(() => {});
  });

  // Retention: at start and whenever a setting of it changes.
  retain().catch((e) => console.warn('winnow: retention', e));
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes.retentionDays || changes.retentionPages)) retain().catch(() => {});
  });
})(globalThis);
