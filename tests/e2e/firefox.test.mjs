// The same core path in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi): the extension installed as a temporary add-on with its Firefox manifest (background
// scripts). Two articles of one story read in order: marks on the page, the repost recognised
// as a duplicate in the popup, and on the page (the banner in its closed shadow root, the known
// paragraphs) once the reader asks there. Then a page that keeps changing: its later passes
// run on a module of its own, which the background script injects.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';

import * as H from './harness.mjs';

const FIREFOX = process.env.WINNOW_FIREFOX || '/usr/bin/firefox-esr';
const pages = H.readingOrder().filter((p) => !p.entry.serve_at);
const first = pages.find((p) => p.page === 'bestnews-daily/met-police-call-handler-reinstatement.html');
const repost = pages.find((p) => p.page === 'metro-wire/met-police-call-handler-repost.html');
const changing = pages.find((p) => p.page === 'thamesbury-gazette/storm-tobias-flooding.html');

let srv; let browser;

before(async () => {
  // npm test installs firefox-esr (scripts/install-system-deps.sh): missing, it is a failure
  assert.ok(fs.existsSync(FIREFOX), `${FIREFOX} not installed: run scripts/install-system-deps.sh`);
  srv = await H.serve(pages);
  const puppeteer = (await import('puppeteer-core')).default;
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',       // every host is this machine's server
      'network.proxy.type': 0,
      'extensions.webextensions.restrictedDomains': '',
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  // debugTiming: each pass writes where it ran (data-winnow-ms), read by the second test.
  await browser.installExtension(H.unpackedFor('firefox', { debugTiming: true }));
});

after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
});

async function open(p) {
  const u = new URL(p.url);
  u.port = String(srv.port);
  const tab = await browser.newPage();
  await tab.goto(u.toString(), { waitUntil: 'load' });
  await tab.waitForFunction(() => document.documentElement.hasAttribute('data-winnow-page'), { timeout: 20000 });
  return tab;
}

// The popup of `tab`'s tab (popup.html?tab=<id>, opened by the test copy's background script),
// once it shows the story; opened again until then.
async function popupFor(tab) {
  for (let i = 0; i < 20; i++) {
    const popup = await browser.newPage();
    await popup.goto(`http://127.0.0.1:${srv.port}/__winnow_popup__?for=${encodeURIComponent(tab.url())}`).catch(() => {});
    const ok = await popup.waitForFunction(() => location.protocol === 'moz-extension:'
      && document.getElementById('verdict')?.dataset.verdict, { timeout: 3000 }).then(() => true, () => false);
    if (ok) return popup;
    await popup.close();
  }
  throw new Error(`the popup never showed the story of ${tab.url()}`);
}

test('Firefox: marks and a repeated story through the extension', async () => {
  const onPage = (tab) => tab.evaluate(() => {
    const host = document.getElementById('winnow-banner');
    return {
      filler: document.querySelectorAll('[data-winnow="boilerplate"]:not([data-winnow-unfaded="headline"])').length,
      content: document.querySelectorAll('[data-winnow="content"]').length,
      known: document.querySelectorAll('[data-winnow-para="known"]').length,
      banner: !!host, bannerOpen: !!(host && host.shadowRoot),
    };
  });
  const read = async (p) => {
    const tab = await open(p);
    const popup = await popupFor(tab);
    const st = await popup.evaluate(() => ({ verdict: document.getElementById('verdict').dataset.verdict,
      match: document.getElementById('match').hidden ? null : document.getElementById('match-link').getAttribute('href') }));
    return { tab, popup, st, m: await onPage(tab) };
  };
  const a = await read(first);
  assert.equal(a.st.verdict, 'different');
  assert.ok(a.m.filler > 5 && a.m.content > 5, `marks on the first page: ${JSON.stringify(a.m)}`);
  await a.popup.close();
  await a.tab.close();
  const b = await read(repost);
  assert.equal(b.st.verdict, 'duplicate');
  assert.equal(new URL(b.st.match).pathname, new URL(first.gold.url).pathname);
  assert.equal(b.m.known, 0, 'nothing of the story on the page unasked');
  assert.ok(!b.m.banner, 'no banner unasked');
  // The reader asks, in the popup: the known paragraphs and the banner, its shadow root closed.
  await b.popup.click('#reveal');
  await b.tab.waitForFunction(() => document.querySelectorAll('[data-winnow-para="known"]').length > 3 && document.getElementById('winnow-banner'));
  const shown = await onPage(b.tab);
  assert.ok(shown.banner && !shown.bannerOpen, `the banner's shadow root is closed: ${JSON.stringify(shown)}`);
  await b.popup.close();
  await b.tab.close();
});

test('Firefox: a page that keeps changing is analysed on a module of its own, and its new paragraphs marked', async () => {
  const tab = await open(changing);
  const via = () => tab.evaluate(() => (document.documentElement.getAttribute('data-winnow-ms') || '').split(' ').pop());
  assert.equal(await via(), 'worker', 'the first pass runs in the background script');
  let where = '';
  for (let i = 0; i < 20 && where !== 'content'; i++) {
    await tab.evaluate((n) => {
      const p = document.createElement('p');
      p.className = 'late';
      p.textContent = `Update ${n}: water levels on the river were still rising this evening, the council said, and more homes were being evacuated.`;
      // where a live page adds its updates: the article's body (appended after the comments and
      // the related list inside <article>, it landed where real sites keep only chrome, and its
      // verdict hung on the model's margin there)
      (document.querySelector('article .article-body') || document.querySelector('article')).appendChild(p);
    }, i);
    await tab.waitForFunction(() => [...document.querySelectorAll('p.late')].every((p) => p.dataset.winnow === 'content'), { timeout: 15000 });
    where = await via();
    if (where !== 'content') await new Promise((r) => setTimeout(r, 300));
  }
  assert.equal(where, 'content', 'a later pass ran in the content script, on the module the background script injected');
  const filler = await tab.evaluate(() => document.querySelectorAll('[data-winnow="boilerplate"]:not([data-winnow-unfaded="headline"])').length);
  assert.ok(filler > 5, `the page's filler stays marked on the content script's passes (${filler})`);
  await tab.close();
});
