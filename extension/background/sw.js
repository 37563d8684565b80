// The background service worker (a background script in Firefox): owns the history, answers
// the content scripts and the extension's pages (each only what senders.js lets it ask), keeps
// the badge (where a repeated story shows without the page learning of it), the keyboard
// command and the context menu. It makes no network request: the only fetch is of the
// extension's own winnow.wasm.
'use strict';
if (typeof importScripts === 'function' && !globalThis.WinnowHistory) {
  // Chromium's classic service worker; Firefox loads the same files from background.scripts.
  importScripts('../dist/winnow.js', '../lib/platform.js', '../lib/core.js', '../lib/settings.js', 'store.js', 'import.js', 'history.js', 'senders.js');
}
(function (G) {
  const S = G.WinnowSettings;
  const H = G.WinnowHistory;
  const api = G.WinnowPlatform.api;
  const session = api.storage.session || null;
  const msg = (k, subs) => api.i18n.getMessage(k, subs) || k;
  const BADGE_FILLER = '#2e6e3c';
  const BADGE_READ = '#c2410c';   // a repeated story: a warm colour against the filler count's green

  async function bumpStats(filler, repeat) {
    return H.serial(async () => {
      const { stats } = await api.storage.local.get('stats');
      const s = Object.assign({ filler: 0, repeats: 0 }, stats);
      s.filler += filler; s.repeats += repeat ? 1 : 0;
      await api.storage.local.set({ stats: s });
    });
  }

  const repeated = (c) => !!c && (c.verdict === 'duplicate' || c.verdict === 'same_story');

  // The badge: the filler count, or, for a story read before, a mark of its own in another
  // colour, with where it was read in the button's tooltip.
  async function badge(tabId, c, paused) {
    const read = !paused && repeated(c);
    const text = paused || !c ? '' : read ? msg('badgeRead') : String(c.filler || '');
    const title = read ? msg('badgeReadTitle', [c.match_site || '']) : msg('extName');
    await Promise.all([
      api.action.setBadgeText({ tabId, text }),
      api.action.setBadgeBackgroundColor({ tabId, color: read ? BADGE_READ : BADGE_FILLER }),
      api.action.setTitle({ tabId, title }),
      api.action.setBadgeTextColor ? api.action.setBadgeTextColor({ tabId, color: '#ffffff' }) : null,
    ]).catch(() => {});
  }

  async function onReport(m, sender) {
    const tabId = sender.tab.id;
    await badge(tabId, m.counts, m.paused);
    // A private window leaves nothing in storage.local, nor is it the popup's fallback tab.
    if (sender.tab.incognito) return {};
    if (session) await session.set({ lastTab: tabId }).catch(() => {});
    if (m.first && m.counts) await bumpStats(m.counts.filler || 0, repeated(m.counts));
    return {};
  }

  async function retain() {
    const s = await S.get();
    return H.retain(s.retentionDays, s.retentionPages);
  }

  // Incognito pages are answered, never recorded; an extension page may ask so too.
  function incognitoOf(m, sender) {
    return !!(sender.tab && sender.tab.incognito) || (G.WinnowSenders.extensionPage(sender, api.runtime) && !!m.incognito);
  }

  // The tab each story reading belongs to, so that a tab asks only for its own.
  const readers = new Map();  // token -> tab id
  async function analyze(m, sender) {
    const r = await H.analyze(m.snapshot, G.WinnowSenders.snapshotUrl(m.snapshot), m.visit || null, incognitoOf(m, sender));
    if (r.reading && sender.tab) {
      readers.set(m.visit.token, sender.tab.id);
      setTimeout(() => readers.delete(m.visit.token), 60000);
    }
    return r;
  }

  async function handle(m, sender) {
    // Sites are the core's (design.md's site); the module is loaded only for the messages that ask.
    const core = m && (m.type === 'templates' || m.type === 'site') ? await G.WinnowCore.load() : null;
    G.WinnowSenders.check(m, sender, api.runtime, (url) => core.siteOf(url), (token) => readers.get(token));
    switch (m && m.type) {
      case 'analyze': return analyze(m, sender);
      case 'story': readers.delete(m.token); return { story: await H.story(m.token) };
      // The module's JavaScript, into the content scripts' world of the frame that asks (a
      // page that keeps changing, about to load a module of its own).
      case 'loadCore': {
        if (!sender.tab || sender.tab.id < 0) throw new Error('loadCore: not asked from a tab');
        await api.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId || 0] },
          files: ['extension/dist/winnow.js'] });
        return {};
      }
      case 'templates': return { templates: G.WinnowCore.toBase64(await H.templates(m.url)) };
      case 'site': return { site: core.siteOf(m.url) };
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

  // The keyboard command: the story on the page of the active tab, or off it again.
  if (api.commands) {
    api.commands.onCommand.addListener(async (command) => {
      if (command !== 'show-story') return;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      if (tab && tab.id >= 0) api.tabs.sendMessage(tab.id, { type: 'reveal', on: 'toggle' }, { frameId: 0 }).catch(() => {});
    });
  }

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
