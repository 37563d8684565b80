// Who may ask the worker what (extension/background/senders.js), end to end in Chromium: a
// tab's content-script world (the same world and sender a content script has) asking for the
// privileged messages, for another address's visit or snapshot, another site's templates or
// another tab's story, is refused, and nothing it asked for happens; the extension's own pages
// are answered. Then a private window: read and answered, nothing written to storage.local
// (statistics, corrections, pauses, the closed legend) nor to the history.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import * as H from './harness.mjs';

const pages = H.readingOrder().filter((p) => !p.entry.serve_at);
const byName = (n) => pages.find((p) => p.page === n);
const read = byName('bestnews-daily/met-police-call-handler-reinstatement.html');
const asker = byName('thamesbury-gazette/county-cup-semi-final.html');
const other = byName('metro-wire/lumora-fold-launch.html');

let srv; let browser; let profile;
before(async () => {
  srv = await H.serve(pages);
  profile = H.tmpDir('winnow-e2e-senders-');
  browser = await H.launch({ profile, hosts: H.hostsOf(pages), port: srv.port });
});
after(async () => {
  if (browser) await browser.context.close().catch(() => {});
  if (srv) await srv.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

// Sends each message from the content-script world of `tab`; returns the answers (or errors).
async function fromTab(tab, messages) {
  const tabId = await H.tabIdOf(tab);
  return browser.sw.evaluate(async ([id, ms]) => {
    const [r] = await chrome.scripting.executeScript({ target: { tabId: id }, args: [ms],
      func: (list) => Promise.all(list.map((m) => chrome.runtime.sendMessage(m).then((x) => x, (e) => ({ error: String(e) })))) });
    return r.result;
  }, [tabId, messages]);
}

const storyParas = () => H.articleParagraphs(read.file);

test('a page\'s content-script world is refused the privileged messages and other pages\' business', async () => {
  await (await H.readPage(browser.context, read.url)).close();
  const opt = await browser.context.newPage();
  await opt.goto(`chrome-extension://${browser.id}/options.html`);
  const before = await opt.evaluate(() => chrome.runtime.sendMessage({ type: 'export' }));
  assert.ok(before.data.entries.some((e) => H.sameAddress(e.url, read.url)), 'the options page may export');

  const tab = await H.readPage(browser.context, asker.url);
  const now = Math.floor(Date.now() / 1000);
  const elsewhere = 'http://www.bestnews-daily.example/somewhere-else.html';
  const snapOf = (u) => ['W1', u, 'en', 'T', ''].join('\u001f') + '\u001eE\u001f0\u001fhtml\u001f\u001f\u001f\u001f\u001f';
  const privileged = ['export', 'clear', 'stats', 'lastTab', 'retain', 'saveState', 'settings']
    .map((type) => ({ type }))
    .concat([{ type: 'import', data: { format: 'winnow-history', version: 1, entries: [{ url: 'javascript:alert(1)', title: 'x', time: now, text: 'x' }] } }]);
  const foreign = [
    { type: 'visit', page: { url: read.url, title: 'T', time: now, paragraphs: storyParas(), page_type: 'article' } },
    { type: 'analyze', snapshot: snapOf(elsewhere) },
    { type: 'analyze', snapshot: snapOf(tab.url()), visit: { url: elsewhere, token: 't1', time: now } },
    { type: 'templates', url: read.url },
    { type: 'story', token: 'not-this-tabs-reading' },
    { type: 'site', url: elsewhere },
  ];
  const answers = await fromTab(tab, [...privileged, ...foreign]);
  for (const [i, a] of answers.entries()) {
    const m = [...privileged, ...foreign][i];
    assert.ok(a && a.error, `${m.type} answered from a page: ${JSON.stringify(a).slice(0, 200)}`);
  }
  // Its own business is answered: its own site's templates, its own address's analysis and site.
  const [own, snap, site] = await fromTab(tab, [{ type: 'templates', url: tab.url() }, { type: 'analyze', snapshot: snapOf(tab.url()) },
    { type: 'site', url: tab.url() }]);
  assert.equal(typeof own.templates, 'string', JSON.stringify(own));
  assert.ok(snap.page, JSON.stringify(snap));
  assert.equal(site.site, new URL(tab.url()).hostname.replace(/^www\./, ''), JSON.stringify(site));

  // Nothing the page asked for happened: the history is whole, and the page it claimed to
  // have read was not recorded.
  const after = await opt.evaluate(() => chrome.runtime.sendMessage({ type: 'export' }));
  assert.deepEqual(after.data.entries.map((e) => e.url).sort(), before.data.entries.map((e) => e.url).concat([asker.url]).sort());
  await opt.close();
  await tab.close();
});

// The reader's "Allow in Incognito" switch of chrome://extensions, set where the browser keeps
// it while it is closed.
function allowIncognito(id) {
  const file = path.join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(file, 'utf8'));
  prefs.extensions.settings[id].incognito = true;
  fs.writeFileSync(file, JSON.stringify(prefs));
}

async function until(fn, ok, what) {
  for (let i = 0; i < 100; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out: ${what}`);
}

test('a private window: pages are read and answered, nothing written to storage.local', async () => {
  const { id } = browser;
  await browser.context.close();
  allowIncognito(id);
  browser = await H.launch({ profile, hosts: H.hostsOf(pages), port: srv.port });
  const sw = browser.sw;
  assert.ok(await sw.evaluate(() => chrome.extension.isAllowedIncognitoAccess()), 'Winnow runs in private windows');
  const stored = () => sw.evaluate(() => chrome.storage.local.get(null));
  const exported = async () => (await sw.evaluate(() => WinnowHistory.exportJson())).entries.map((e) => e.url).sort();
  const [storageBefore, historyBefore] = [await stored(), await exported()];

  // A story read before (in the first test), and an unread one, in a private window.
  const tabId = await sw.evaluate(async (u) => (await chrome.windows.create({ incognito: true, url: u })).tabs[0].id, read.url);
  const state = (t) => sw.evaluate((x) => chrome.tabs.sendMessage(x, { type: 'state' }).catch(() => null), t);
  const st = await until(() => state(tabId), (s) => s && s.counts && s.counts.verdict, 'the private tab\'s story');
  assert.ok(st.incognito);
  assert.equal(st.counts.verdict, 'duplicate', 'answered from the history');
  await sw.evaluate((u) => chrome.tabs.update(...u), [tabId, { url: other.url }]);
  await until(() => state(tabId), (s) => s && s.counts && s.url === other.url, 'the second private page');

  // What a reader does there: a correction (the context menu's message), closing the legend,
  // and the popup's pause switch.
  await sw.evaluate(async (t) => {
    await chrome.scripting.executeScript({ target: { tabId: t }, func: () => {
      document.querySelector('[data-winnow="boilerplate"]').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
      document.getElementById('winnow-legend').shadowRoot.querySelector('button.close').click();
    } });
    await chrome.tabs.sendMessage(t, { type: 'correct', label: 'content' });
  }, tabId);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.id}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => !document.getElementById('pause').disabled);
  await popup.check('#pause');
  await until(() => state(tabId), (s) => s && s.paused, 'the private page paused');
  await popup.close();
  await new Promise((r) => setTimeout(r, 500));

  assert.deepEqual(await stored(), storageBefore, 'storage.local is as it was');
  assert.deepEqual(await exported(), historyBefore, 'the history is as it was');
  const last = await sw.evaluate(() => chrome.storage.session.get('lastTab'));
  assert.notEqual(last.lastTab, tabId, 'the private tab is not the popup\'s fallback');
});
