// The same core path in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi): the extension installed as a temporary add-on with its Firefox manifest (background
// scripts). Two articles of one story read in order: marks on the page, the repost recognised
// as a duplicate, the banner in its shadow root. Then a page that keeps changing: its later
// passes run on a module of its own, which the background script injects.
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
  await tab.waitForFunction(() => document.documentElement.hasAttribute('data-winnow-verdict'), { timeout: 20000 });
  return tab;
}

test('Firefox: marks and a repeated story through the extension', async () => {
  const read = async (p) => {
    const tab = await open(p);
    const m = await tab.evaluate(() => {
      const host = document.getElementById('winnow-banner');
      const card = host && host.shadowRoot && host.shadowRoot.querySelector('.card');
      return {
        verdict: document.documentElement.getAttribute('data-winnow-verdict'),
        match: document.documentElement.getAttribute('data-winnow-match'),
        filler: document.querySelectorAll('[data-winnow="boilerplate"]:not([data-winnow-unfaded="headline"])').length,
        content: document.querySelectorAll('[data-winnow="content"]').length,
        known: document.querySelectorAll('[data-winnow-para="known"]').length,
        banner: card ? card.textContent : null,
      };
    });
    await tab.close();
    return m;
  };
  const a = await read(first);
  assert.equal(a.verdict, 'different');
  assert.ok(a.filler > 5 && a.content > 5, `marks on the first page: ${JSON.stringify(a)}`);
  const b = await read(repost);
  assert.equal(b.verdict, 'duplicate');
  assert.equal(new URL(b.match).pathname, new URL(first.gold.url).pathname);
  assert.ok(b.known > 3, 'known paragraphs marked');
  assert.match(b.banner || '', /You read this story on bestnews-daily\.example/);
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
      document.querySelector('article').appendChild(p);
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
