// The extension end to end in Debian's Chromium (headless), against the real wasm core:
// the fixture pages of tests/pages read in reading order on one profile (the story in the
// popup, on the page only once the reader asks), then the popup and the badge,
// pause/resume, a reader's correction, a page whose article arrives late, a single-page app
// that swaps its article and address, a 10 MB page (cut at the input limit), a strict-CSP page, and the net log
// showing no request of Winnow's own.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';

import * as H from './harness.mjs';
import * as M from './made-up-pages.mjs';

const pages = H.readingOrder();
const { LATE_URL, CSP_URL, SPA_URL, BIG_URL, FRESH_URL, OWN_HOSTS, spaStories } = M;

let srv; let browser; let profile; let netlog;

const sameAddress = H.sameAddress;

before(async () => {
  srv = await H.serve(pages, { csp: { 'www.strict-csp.example/strict-csp.html': "default-src 'none'; style-src 'unsafe-inline'" } });
  srv.route(LATE_URL, M.lateHtml());
  srv.route(SPA_URL, M.spaHtml());
  srv.route(BIG_URL, M.bigHtml());
  srv.route(FRESH_URL, M.freshHtml());
  srv.route(CSP_URL, pages.find((p) => p.gold.page_type === 'article' && p !== pages[1]).file);
  profile = H.tmpDir('winnow-e2e-');
  netlog = `${profile}.netlog.json`;
  browser = await H.launch({ profile, hosts: [...H.hostsOf(pages), ...OWN_HOSTS], port: srv.port, netlog });
});

after(async () => {
  if (browser) await browser.context.close().catch(() => {});
  if (srv) await srv.close();
  if (profile) for (const f of [profile, netlog]) fs.rmSync(f, { recursive: true, force: true });
});

// The fixture pages read in reading order on this profile, once per run of this file (the story
// asked for on each repeated one): the first test checks what they show, and every test that
// needs that history, or the last page still open, calls it too, so that each runs alone
// (--test-name-pattern). Returns the problems found.
// The popup's words for each kind of page (the English messages it draws from).
const MESSAGES = JSON.parse(fs.readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8'));
const NAMED_KINDS = ['forum', 'product', 'collection', 'listing', 'documentation', 'service'];
const KIND_WORDS = Object.fromEntries(['article', 'other', ...NAMED_KINDS].map((k) => [k, MESSAGES[`page_${k}`].message]));
let reading = null;
const readAll = () => (reading = reading || readInOrder());

async function readInOrder() {
  const problems = [];
  for (const p of pages) {
    if (p.entry.serve_at) srv.route(p.url, p.file);
    const tab = await H.readPage(browser.context, p.url);
    let m = await H.marksOf(tab);
    // Until the reader asks, the page carries nothing of the story.
    if (m.banner || m.blocks.some((b) => b.para)) problems.push(`${p.page}: the story is on the page unasked`);
    if (await tab.evaluate(() => document.documentElement.hasAttribute('data-winnow-story'))) problems.push(`${p.page}: data-winnow-story unasked`);
    if (m.popupPageType !== m.pageType) problems.push(`${p.page}: the popup says ${m.popupPageType}, the page ${m.pageType}`);
    // the popup names what Winnow took the page for: an article, or the model's kind of page
    const said = m.pageType !== 'article' && NAMED_KINDS.includes(m.popupPageKind) ? m.popupPageKind : m.pageType;
    if (m.popupPageTypeText !== KIND_WORDS[said]) problems.push(`${p.page}: the popup names it "${m.popupPageTypeText}", not ${said}`);
    if (m.verdict !== 'different') {
      await H.reveal(tab);
      m = await H.marksOf(tab);
    }
    checkStory(p, m, problems);
    if (p.gold.page_type === 'article') await checkBlocks(p, tab, problems);
    if (p !== pages[pages.length - 1]) await tab.close();
  }
  return problems;
}

const expectedVerdict = (p) => (p.gold.expect === 'new' || p.missed ? 'different' : p.gold.expect);

// The page type, verdict, match and banner against the page's gold. A page the reading order
// lists as a known miss may answer `different` (said in the test's output, with the why);
// everything else about it is still checked as for a new story.
function checkStory(p, m, problems) {
  if (p.entry.known_miss && m.verdict === 'different' && p.gold.expect !== 'new') {
    p.missed = true;
    console.log(`known miss: ${p.page} answered different (${p.entry.known_miss})`);
  }
  const expectVerdict = expectedVerdict(p);
  if (m.pageType !== p.gold.page_type) problems.push(`${p.page}: page type ${m.pageType}, gold ${p.gold.page_type}`);
  if (m.verdict !== expectVerdict) problems.push(`${p.page}: verdict ${m.verdict}, expected ${expectVerdict}`);
  if (expectVerdict !== 'different') {
    const allowed = pages.filter((q) => p.entry.match.includes(q.page)).map((q) => q.gold.url);
    if (!m.match || !allowed.some((u) => sameAddress(u, m.match))) problems.push(`${p.page}: match ${m.match}, expected one of ${allowed}`);
    if (!m.banner || !/You read this story on/.test(m.banner)) problems.push(`${p.page}: no banner in #winnow-banner's shadow root`);
    else if (!m.bannerLink || !sameAddress(m.bannerLink, m.match)) problems.push(`${p.page}: banner links ${m.bannerLink}`);
  } else if (m.banner) {
    problems.push(`${p.page}: banner shown on a story not read before`);
  }
  for (const b of m.blocks) {
    if (!['content', 'boilerplate'].includes(b.label)) problems.push(`${p.page}: data-winnow="${b.label}"`);
    if (b.label === 'boilerplate' && !b.kind) problems.push(`${p.page}: boilerplate without data-winnow-kind`);
  }
}

// An article's gold paragraphs on the page: labels, and known/new once the story was asked for.
async function checkBlocks(p, tab, problems) {
  const where = async (s) => H.whereIs(tab, typeof s === 'string' ? s : s.text);
  const expectVerdict = expectedVerdict(p);
  const unscored = new Set(p.gold.unscored || []);
  for (const s of p.gold.content) {
    if (unscored.has(s)) continue;
    const w = await where(s);
    if (w.label !== 'content') problems.push(`${p.page}: content "${s.slice(0, 50)}" is ${w.label}`);
    if (expectVerdict !== 'different' && w.label === 'content' && !['known', 'new'].includes(w.para)) {
      problems.push(`${p.page}: content "${s.slice(0, 50)}" has no data-winnow-para`);
    }
    if (expectVerdict === 'duplicate' && w.label === 'content' && !(p.gold.edited_paragraphs || []).includes(s)) {
      const want = (p.gold.new_paragraphs || []).includes(s) ? 'new' : 'known';
      if (w.para !== want) problems.push(`${p.page}: paragraph "${s.slice(0, 50)}" is ${w.para}, gold ${want}`);
    }
  }
  for (const s of p.gold.boilerplate) {
    const w = await where(s);
    if (w.label !== 'boilerplate') problems.push(`${p.page}: boilerplate "${s.text.slice(0, 50)}" (${s.kind}) is ${w.label}`);
  }
  for (const s of p.gold.hidden || []) {
    const w = await where(s);
    if (w.label === 'content') problems.push(`${p.page}: hidden "${s.slice(0, 50)}" marked as content`);
  }
}

// The last page of the reading order, left open by readAll().
async function lastPage() {
  await readAll();
  const last = pages[pages.length - 1];
  const tab = browser.context.pages().find((t) => t.url() === last.url);
  assert.ok(tab, 'the last page is still open');
  return { last, tab };
}

test('reads the fixture pages in order: marks, verdicts, known/new paragraphs and banner on request', async () => {
  assert.deepEqual(await readAll(), []);
});

test('the popup shows the last page\'s counts, verdict and match', async () => {
  const { last, tab } = await lastPage();
  const onPage = await tab.evaluate(() => ({
    filler: document.querySelectorAll('[data-winnow="boilerplate"]:not([data-winnow-unfaded="headline"])').length,
    content: document.querySelectorAll('[data-winnow="content"]').length,
  }));
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.id}/popup.html`);
  await popup.waitForFunction(() => !document.getElementById('state').hidden);
  const got = await popup.evaluate(() => ({
    filler: Number(document.getElementById('count-filler').textContent),
    content: Number(document.getElementById('count-content').textContent),
    verdict: document.getElementById('verdict').dataset.verdict,
    site: document.getElementById('site').textContent,
    match: document.getElementById('match-link').getAttribute('href'),
  }));
  assert.ok(onPage.filler > 0 && onPage.content > 0);
  assert.equal(got.filler, onPage.filler);
  assert.equal(got.content, onPage.content);
  assert.equal(got.verdict, last.gold.expect);
  assert.equal(got.site, 'thamesburygazette.example');
  assert.ok(got.match && sameAddress(got.match, pages.find((q) => q.page === last.entry.match[0]).gold.url));
  await popup.close();
});

test('the badge marks a story read before (the filler count otherwise); the banner\'s "show what\'s new" and "dismiss" work', async () => {
  const { tab } = await lastPage();
  const filler = await tab.evaluate(() => document.querySelectorAll('[data-winnow="boilerplate"]:not([data-winnow-unfaded="headline"])').length);
  const badgeOf = (id) => browser.sw.evaluate(async (t) => ({ text: await chrome.action.getBadgeText({ tabId: t }),
    color: await chrome.action.getBadgeBackgroundColor({ tabId: t }), title: await chrome.action.getTitle({ tabId: t }) }), id);
  const read = await badgeOf(await H.tabIdOf(tab));
  assert.equal(read.text, 'READ');
  assert.deepEqual(read.color, [194, 65, 12, 255]);
  assert.match(read.title, /you read this story before, on thamesburygazette\.example/);
  const first = await H.readPage(browser.context, FRESH_URL);
  assert.equal((await H.popupState(first)).verdict, 'different');
  const fresh = await badgeOf(await H.tabIdOf(first));
  assert.equal(fresh.text, String(await first.evaluate(() => document.querySelectorAll('[data-winnow="boilerplate"]:not([data-winnow-unfaded="headline"])').length)));
  assert.deepEqual(fresh.color, [46, 110, 60, 255]);
  await first.close();
  // The story asked for on this page: the banner is there.
  await tab.bringToFront();
  if (!(await H.marksOf(tab)).banner) await H.reveal(tab);
  const focused = () => tab.evaluate(() => document.documentElement.classList.contains('winnow-focus-new'));
  await H.clickBanner(tab, 'shownew');
  await tab.waitForFunction(() => document.documentElement.classList.contains('winnow-focus-new'));
  await H.clickBanner(tab, 'shownew');
  assert.ok(!(await focused()));
  await H.clickBanner(tab, 'dismiss');
  await tab.waitForFunction(() => !document.getElementById('winnow-banner'));
  assert.equal(await tab.evaluate(() => document.querySelectorAll('[data-winnow-para]').length), 0, 'the known/new paragraphs go with it');
  assert.equal(await tab.evaluate(() => document.querySelectorAll('[data-winnow="boilerplate"]:not([data-winnow-unfaded="headline"])').length), filler, 'marks stay');
  // a later pass on the same page does not bring the dismissed banner back
  await tab.evaluate(() => document.body.appendChild(document.createElement('p')).append('One more paragraph, added by the test, long enough to count as text.'));
  await tab.waitForTimeout(900);
  assert.equal(await tab.evaluate(() => document.getElementById('winnow-banner')), null);
});

test('pause for this site removes every mark and the banner; resume restores them', async () => {
  const { tab } = await lastPage();
  // The banner dismissed by the reader, which a pause and resume must not bring back.
  if ((await H.marksOf(tab)).banner) {
    await H.clickBanner(tab, 'dismiss');
    await tab.waitForFunction(() => !document.getElementById('winnow-banner'));
  }
  const before = await H.marksOf(tab);
  const popup = await H.openPopup(tab);
  await popup.waitForFunction(() => !document.getElementById('pause').disabled && document.getElementById('site').textContent);
  await popup.check('#pause');
  await tab.waitForFunction(() => !document.querySelector('[data-winnow]') && !document.getElementById('winnow-banner')
    && !document.documentElement.hasAttribute('data-winnow-page'));
  const paused = await H.marksOf(tab, { story: false });
  assert.equal(paused.blocks.length, 0);
  assert.equal(paused.banner, null);
  await popup.uncheck('#pause');
  await tab.waitForFunction(() => document.documentElement.hasAttribute('data-winnow-page'));
  const again = await H.marksOf(tab);
  assert.equal(again.blocks.length, before.blocks.length);
  assert.equal(again.verdict, before.verdict);
  assert.deepEqual(again.blocks.map((b) => b.label), before.blocks.map((b) => b.label));
  assert.deepEqual(again.blocks.map((b) => b.para), before.blocks.map((b) => b.para));
  assert.equal(again.banner, null, 'a dismissed banner stays dismissed on this page');
  await popup.close();
});

test('a reader\'s corrections ("not filler", "filler too" with its reason) are applied and remembered for the site', async () => {
  const p = pages.find((q) => !q.entry.serve_at && q.gold.page_type === 'article' && q.gold.boilerplate.some((b) => b.kind === 'legal' && b.text.length >= 40));
  const tab = await H.readPage(browser.context, p.url);
  const snippet = p.gold.boilerplate.find((b) => b.kind === 'legal' && b.text.length >= 40).text;
  assert.equal((await H.whereIs(tab, snippet)).label, 'boilerplate');
  // Right-click the block (its contextmenu event), then the worker's context-menu handler
  // sends the correction to the tab, as the real menu item does.
  await H.correctBlock(browser.sw, tab, snippet, 'boilerplate', 'content');
  // Remembered for the site, not the page: stored under the site's name.
  const site = new URL(p.url).hostname.replace(/^www\./, '');
  const stored = await browser.sw.evaluate(() => chrome.storage.local.get('corrections'));
  assert.deepEqual(Object.keys(stored.corrections), [site]);
  assert.deepEqual(Object.values(stored.corrections[site]), ['content']);
  // Remembered: a fresh load of the page keeps the correction.
  await tab.reload();
  await H.analysed(tab);
  const w = await H.whereIs(tab, snippet);
  assert.equal(w.label, 'content');
  // "Filler too" on an article paragraph: dimmed, with the reader's own reason on hover.
  const para = p.gold.content.find((t) => t.length >= 40);
  assert.equal((await H.whereIs(tab, para)).label, 'content');
  await H.correctBlock(browser.sw, tab, para, 'content', 'boilerplate');
  const f = await H.whereIs(tab, para);
  assert.equal(f.label, 'boilerplate');
  assert.equal(f.reason, `You corrected this block on ${site}`);
  // Undo it, so later checks see the core's own labels.
  await browser.sw.evaluate(() => chrome.storage.local.set({ corrections: {} }));
  await tab.close();
});

test('a page whose article arrives late is re-analysed, without marks flickering off', async () => {
  const tab = await browser.context.newPage();
  await tab.addInitScript(() => {
    window.__winnowRemoved = 0;
    new MutationObserver((rs) => {
      for (const r of rs) if (r.oldValue && r.target.isConnected && !r.target.hasAttribute('data-winnow')) window.__winnowRemoved++;
    }).observe(document, { attributes: true, attributeFilter: ['data-winnow'], attributeOldValue: true, subtree: true });
  });
  await tab.goto(LATE_URL);
  await tab.waitForFunction(() => document.documentElement.getAttribute('data-winnow-page') === 'article', null, { timeout: 15000 });
  await tab.waitForTimeout(800);  // let any further pass run
  const m = await H.marksOf(tab);
  assert.ok(m.blocks.filter((b) => b.label === 'content').length >= 3, 'the late article is analysed');
  const before = await tab.evaluate(() => window.__winnowRemoved);
  // A change that does not touch the article: another pass, no mark taken off and put back.
  await tab.evaluate(() => document.body.appendChild(document.createElement('div')).append('x'));
  await tab.waitForTimeout(900);
  assert.equal(await tab.evaluate(() => window.__winnowRemoved), before);
  await tab.close();
});

test('a single-page app that swaps its article and address is read again, as the new story', async () => {
  await readAll();  // both stories read at their own addresses
  const [one, two] = spaStories;
  const tab = await H.readPage(browser.context, SPA_URL);
  let m = await H.marksOf(tab);
  assert.equal(m.verdict, 'duplicate');
  assert.ok(sameAddress(m.match, one.url), `the first article matches ${m.match}`);
  await H.reveal(tab);
  assert.ok(sameAddress((await H.marksOf(tab)).bannerLink, one.url));
  const [oneLead, twoLead] = [one.gold.content[0], two.gold.content[0]];
  assert.equal((await H.whereIs(tab, oneLead)).label, 'content');

  await tab.evaluate(() => window.spaGo());
  // A new address: the story asked for on the old one is taken off the page.
  await tab.waitForFunction(() => !document.getElementById('winnow-banner'), null, { timeout: 15000 });
  for (let i = 0; i < 30 && !sameAddress((await H.popupState(tab)).match, two.url); i++) await tab.waitForTimeout(300);
  await H.reveal(tab);
  m = await H.marksOf(tab);
  assert.equal(new URL(tab.url()).pathname, '/story-two.html');
  assert.equal(m.verdict, 'duplicate');
  assert.ok(sameAddress(m.bannerLink, two.url), `the banner now names the second story: ${m.bannerLink}`);
  assert.equal((await H.whereIs(tab, twoLead)).label, 'content');
  assert.equal((await H.whereIs(tab, oneLead)).label, null, 'the first article is gone from the page');
  await tab.close();
});

test('a 10 MB page is analysed up to the input limit, from its beginning, and the worker goes on answering', async () => {
  const tab = await H.readPage(browser.context, BIG_URL, { timeout: 60000 });
  const counts = await tab.evaluate(() => {
    const ps = [...document.querySelectorAll('article p')];
    const marked = ps.map((p) => p.hasAttribute('data-winnow'));
    const firstUnmarked = marked.indexOf(false);
    return {
      page: document.documentElement.getAttribute('data-winnow-page'),
      paras: marked.length,
      analysed: marked.filter(Boolean).length,
      content: ps.filter((p) => p.getAttribute('data-winnow') === 'content').length,
      prefix: firstUnmarked === -1 ? marked.length : firstUnmarked,
      menu: document.querySelector('nav a').closest('[data-winnow]')?.getAttribute('data-winnow'),
    };
  });
  assert.equal(counts.page, 'article');
  assert.ok(counts.paras > 50000, `${counts.paras} paragraphs`);
  // The core reads a snapshot's first 4 MiB of node records and, of those, the first 20,000
  // blocks (README, "Limits"). What it read is marked, and it is the page's beginning, in order.
  assert.ok(counts.analysed > 19000 && counts.analysed < counts.paras, `${counts.analysed} of ${counts.paras} marked`);
  assert.equal(counts.prefix, counts.analysed, 'the marked paragraphs are the first ones');
  // Most of them as the article they are (the model reads the last sixth of a page this long as
  // its tail, where real pages keep their chrome).
  assert.ok(counts.content > counts.analysed / 2, `${counts.content} of ${counts.analysed} marked content`);
  assert.equal(counts.menu, 'boilerplate');
  await tab.close();
  // The next page is read as usual.
  const next = await H.readPage(browser.context, SPA_URL);
  assert.equal((await H.marksOf(next)).pageType, 'article');
  await next.close();
});

// Where wasm may run, later passes run in the content script; on a page whose CSP forbids wasm
// compilation (Chromium applies the page's CSP to content scripts) every pass goes to the worker.
test('a strict Content-Security-Policy page is analysed through the worker', async () => {
  await browser.sw.evaluate(() => chrome.storage.local.set({ debugTiming: true }));
  // A page that keeps changing: the first pass and three more, then, once the local module
  // has had time to load where it can, one more.
  const via = async (url) => {
    const tab = await H.readPage(browser.context, url);
    const hows = [];
    const change = async (n) => {
      await tab.evaluate((k) => { const p = document.createElement('p'); p.textContent = `Late paragraph ${k}, appended by the test page, long enough to be a block of its own.`; document.body.appendChild(p); }, n);
      await tab.waitForFunction(() => / (content|worker)$/.test(document.documentElement.getAttribute('data-winnow-ms') || '')
        && document.body.lastElementChild.hasAttribute('data-winnow'));
      hows.push((await tab.evaluate(() => document.documentElement.getAttribute('data-winnow-ms'))).split(' ').pop());
    };
    await tab.waitForTimeout(1500);
    for (let n = 0; n < 3; n++) await change(n);
    await tab.waitForTimeout(1500);
    await change(3);
    const m = await H.marksOf(tab);
    await tab.close();
    return { m, how: hows[3], hows };
  };
  const strict = await via(CSP_URL);
  assert.equal(strict.m.pageType, 'article');
  assert.ok(strict.m.blocks.some((b) => b.label === 'boilerplate') && strict.m.blocks.some((b) => b.label === 'content'));
  assert.equal(strict.how, 'worker');
  const normal = await via(pages[1].url);
  assert.equal(normal.hows[0], 'worker', 'a page changed once gets no module of its own');
  assert.equal(normal.how, 'content', 'a page that keeps changing does');
  await browser.sw.evaluate(() => chrome.storage.local.set({ debugTiming: false }));
});

test('the extension made no network request of its own (net log)', async () => {
  await readAll();  // pages read, so that the net log has their loads to show
  await browser.context.close();
  browser = null;
  const requests = H.netlogRequests(netlog);
  assert.ok(requests.some((r) => r.url.includes('thamesburygazette.example')), 'the net log recorded the page loads');
  assert.deepEqual(H.foreignRequests(requests, [...H.hostsOf(pages), ...OWN_HOSTS]), []);
  // and the pages asked the server only for fixture addresses (+ favicons)
  const unknown = srv.seen.filter((k) => !k.endsWith('/favicon.ico') && !pages.some((p) => k === new URL(p.url).hostname + new URL(p.url).pathname)
    && !OWN_HOSTS.some((h) => k.startsWith(h + '/')));
  assert.deepEqual(unknown, []);
});
