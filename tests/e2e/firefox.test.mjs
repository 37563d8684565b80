// The same core path in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi): the extension installed as a temporary add-on with its Firefox manifest (background
// scripts), two articles of one story read in order: marks on the page, the repost recognised
// as a duplicate, the banner in its shadow root.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';

import * as H from './harness.mjs';

const FIREFOX = process.env.WINNOW_FIREFOX || '/usr/bin/firefox-esr';

test('Firefox: marks and a repeated story through the extension', { skip: !fs.existsSync(FIREFOX) && `${FIREFOX} not installed` }, async () => {
  const pages = H.readingOrder().filter((p) => !p.entry.serve_at);
  const first = pages.find((p) => p.page === 'bestnews-daily/met-police-call-handler-reinstatement.html');
  const repost = pages.find((p) => p.page === 'metro-wire/met-police-call-handler-repost.html');
  const srv = await H.serve(pages);
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',       // every host is this machine's server
      'network.proxy.type': 0,
      'extensions.webextensions.restrictedDomains': '',
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  try {
    await browser.installExtension(H.unpackedFor('firefox'));
    const read = async (p) => {
      const u = new URL(p.url);
      u.port = String(srv.port);
      const tab = await browser.newPage();
      await tab.goto(u.toString(), { waitUntil: 'load' });
      await tab.waitForFunction(() => document.documentElement.hasAttribute('data-winnow-verdict'), { timeout: 20000 });
      const m = await tab.evaluate(() => {
        const host = document.getElementById('winnow-banner');
        const card = host && host.shadowRoot && host.shadowRoot.querySelector('.card');
        return {
          verdict: document.documentElement.getAttribute('data-winnow-verdict'),
          match: document.documentElement.getAttribute('data-winnow-match'),
          filler: document.querySelectorAll('[data-winnow="boilerplate"]').length,
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
  } finally {
    await browser.close();
    await srv.close();
  }
});
