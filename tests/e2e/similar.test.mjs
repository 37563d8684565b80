// A guide on a topic the reader read about, end to end in Chromium: two present-tense guides
// to one topic from two sites score like a retelling, but neither narrates an event, so the
// second is answered `different`, never the same story, and the popup says it is on a topic
// the reader read about and links the first (the core's "similar" answer).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';

import * as H from './harness.mjs';

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const page = (site, title, paras) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | ${site}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/gear">Gear</a> <a href="/training">Training</a> <a href="/about">About us</a></nav></header>
<main><article><h1>${esc(title)}</h1>
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
<footer><p>Copyright 2026 ${site}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;

const FIRST = 'http://www.runner-guide.example/choose-running-shoes.html';
const SECOND = 'http://www.fitness-daily.example/guide-running-shoes.html';
const FIRST_HTML = page('Runner Guide', 'How to choose running shoes', [
  'Choosing running shoes starts with your gait. If your foot rolls inward, a stability shoe can support the arch and reduce strain on the knees.',
  'Cushioning matters for long runs on asphalt, while trail shoes need a grippy outsole and a protective toe cap.',
  "You should try shoes in the afternoon, when your feet are slightly swollen, and leave a thumb's width of space at the toe.",
  'A running shoe usually lasts between 500 and 800 kilometres; replace it when the midsole feels flat or the outsole wears through.',
  'Most specialist shops can analyse your gait on a treadmill, and many offer a return window if the shoes rub or pinch.']);
const SECOND_HTML = page('Fitness Daily', 'A guide to buying running shoes', [
  'When you buy running shoes, look at your gait first. A foot that rolls inward needs a stability shoe that supports the arch and spares the knees.',
  'For long runs on asphalt you want cushioning; on trails you need a grippy outsole and a toe cap that protects your toes.',
  "Try shoes late in the afternoon, when feet are a little swollen, and keep a thumb's width of room at the toe.",
  'Replace a running shoe after 500 to 800 kilometres, or when the midsole feels flat and the outsole is worn.',
  'Specialist shops can analyse your gait on a treadmill and often let you return shoes that rub or pinch.']);

let srv; let browser; let profile;

before(async () => {
  srv = await H.serve([]);
  srv.route(FIRST, FIRST_HTML);
  srv.route(SECOND, SECOND_HTML);
  profile = H.tmpDir('winnow-e2e-similar-');
  browser = await H.launch({ profile, hosts: [new URL(FIRST).hostname, new URL(SECOND).hostname], port: srv.port });
});

after(async () => {
  if (browser) await browser.context.close().catch(() => {});
  if (srv) await srv.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

test('a second guide to one topic is not the same story: the popup says similar and links the first', async () => {
  const first = await H.readPage(browser.context, FIRST);
  const st1 = await H.popupState(first);
  assert.equal(st1.verdict, 'different');
  assert.equal(st1.similar, null, 'nothing read before the first guide');
  await first.close();
  const second = await H.readPage(browser.context, SECOND);
  const st2 = await H.popupState(second);
  assert.equal(st2.verdict, 'different', 'a guide is never the same story');
  assert.equal(st2.match, null);
  assert.ok(st2.similar && H.sameAddress(st2.similar, FIRST), `similar: ${st2.similar}`);
  const m = await H.marksOf(second);
  assert.equal(m.banner, null, 'no "you read this story" banner for a similar page');
  await second.close();
});
