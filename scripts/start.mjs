// `npm start`'s main job (design.md): the example pages of tests/pages, in reading order, in
// Debian's Chromium with the extension loaded (headless), then reports/index.html with, per
// page, what was marked as boilerplate, the repeated-story verdict (read from the popup, where
// Winnow shows it) and a screenshot (for a story read before, once the reader asked to see it
// on the page, with the popup beside it).
import fs from 'node:fs';
import path from 'node:path';

import * as H from '../tests/e2e/harness.mjs';

const OUT = path.join(H.ROOT, 'reports');
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

const pages = H.readingOrder();
fs.mkdirSync(path.join(OUT, 'shots'), { recursive: true });
const srv = await H.serve(pages);
const profile = H.tmpDir('winnow-start-');
const browser = await H.launch({ profile, hosts: H.hostsOf(pages), port: srv.port, headless: !process.env.DISPLAY || !!process.env.WINNOW_HEADLESS });
const rows = [];
try {
  for (const [i, p] of pages.entries()) {
    if (p.entry.serve_at) srv.route(p.url, p.file);
    const tab = await H.readPage(browser.context, p.url);
    let m = await H.marksOf(tab);
    const shot = `shots/${String(i + 1).padStart(2, '0')}-${path.basename(p.page, '.html')}.png`;
    let popupShot = null;
    if (m.verdict !== 'different') {
      popupShot = shot.replace(/\.png$/, '-popup.png');
      const st = await H.popupState(tab, { keep: true });
      await st.popup.setViewportSize({ width: 340, height: 420 });
      await st.popup.screenshot({ path: path.join(OUT, popupShot) });
      await st.popup.close();
      await H.reveal(tab);  // as the reader would, from the popup
      m = await H.marksOf(tab);
    }
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    await tab.screenshot({ path: path.join(OUT, shot), fullPage: true, clip: { x: 0, y: 0, width: 1200, height: Math.min(height, 2600) } });
    const filler = m.blocks.filter((b) => b.label === 'boilerplate' && !b.headline);
    const padding = m.blocks.filter((b) => b.label === 'content' && b.filler);
    rows.push({ p, m, shot, popupShot, filler, padding, content: m.blocks.filter((b) => b.label === 'content').length });
    const verdict = m.verdict === 'different' ? 'new to you' : `${m.verdict.replace('_', ' ')} of ${m.match}`;
    console.log(`${String(i + 1).padStart(2)}. ${p.page.padEnd(62)} ${m.pageType.padEnd(8)} ${String(filler.length).padStart(3)} filler ${String(padding.length).padStart(2)} padding  ${verdict}`);
    await tab.close();
  }
  const last = await H.readPage(browser.context, pages[pages.length - 1].url);
  const { popup } = await H.popupState(last, { keep: true });
  await popup.setViewportSize({ width: 340, height: 420 });
  await popup.screenshot({ path: path.join(OUT, 'shots/popup.png') });
  await popup.close();
  await last.close();
} finally {
  await browser.context.close();
  await srv.close();
}

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Winnow report</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:1250px;margin:20px auto;padding:0 16px;color:#1d2b22}
h1{color:#226e3c} .page{border-top:2px solid #ddd;padding:12px 0} .v-duplicate,.v-same_story{color:#a15c00;font-weight:600}
.v-different{color:#226e3c} table{border-collapse:collapse} td,th{padding:2px 8px;text-align:left;vertical-align:top}
.kind{font-family:monospace;color:#555} img{max-width:100%;border:1px solid #ccc} details{margin:6px 0}</style></head><body>
<h1>Winnow: ${rows.length} example pages, read in order</h1>
<p>Each page was opened in Chromium with the Winnow extension, in the order a reader would read them.
Faded blocks with a dashed outline are what Winnow judged to be filler (menus, related links, newsletter prompts, cookie notices...);
the verdict is read from Winnow's popup, where it says you read a story before (the page itself is not told: its scripts could read it);
a dotted amber margin marks padding inside the story (article paragraphs with no name, number or quote of their own, or that repeat an earlier one).
For stories read before the screenshot was taken after asking, from the popup, to see it on the page: a green bar marks paragraphs new to you,
a grey bar paragraphs you already read; the card at the top right says where you read the story before.</p>
<p><img src="shots/popup.png" alt="the popup" style="max-width:340px;float:right;margin-left:16px">The toolbar popup on the last page is on the right. In short:</p>
<table><tr><th>#</th><th>page</th><th>type</th><th>filler</th><th>padding</th><th>verdict</th></tr>
${rows.map(({ p, m, filler, padding }, i) => `<tr><td>${i + 1}</td><td><a href="#p${i + 1}">${esc(p.page)}</a></td><td>${esc(m.pageType)}</td><td>${filler.length}</td><td>${padding.length}</td><td class="v-${esc(m.verdict)}">${m.verdict === 'different' ? 'new to you' : esc(m.verdict.replace('_', ' '))}</td></tr>`).join('')}</table>
${rows.map(({ p, m, shot, popupShot, filler, padding, content }, i) => `<div class="page" id="p${i + 1}" style="clear:both">
<h2>${i + 1}. ${esc(p.gold.title)}</h2>
<table><tr><th>page</th><td>${esc(p.page)} (${esc(p.url)})</td></tr>
<tr><th>type</th><td>${esc(m.pageType)}</td></tr>
<tr><th>verdict</th><td class="v-${esc(m.verdict)}">${m.verdict === 'different' ? 'not read before' : `${esc(m.verdict.replace('_', ' '))}: read before at ${esc(m.match)}`}</td></tr>
<tr><th>blocks</th><td>${content} article, ${filler.length} filler${m.verdict !== 'different' ? `; ${m.blocks.filter((b) => b.para === 'new').length} new paragraphs, ${m.blocks.filter((b) => b.para === 'known').length} already read` : ''}</td></tr></table>
${popupShot ? `<img src="${esc(popupShot)}" alt="the popup" style="max-width:340px;float:right;margin-left:16px">` : ''}
<details><summary>Filler marked (${filler.length})</summary><table>${filler.map((b) => `<tr><td class="kind">${esc(b.kind)}</td><td>${esc(b.text.slice(0, 140))}</td></tr>`).join('')}</table></details>
<details><summary>Padding inside the story (${padding.length} of ${content} paragraphs)</summary><table>${padding.map((b) => `<tr><td class="kind">${esc(b.filler)}</td><td>${esc(b.text.slice(0, 140))}<br><small>${esc(b.reason)}</small></td></tr>`).join('')}</table></details>
<img src="${esc(shot)}" alt="screenshot" loading="lazy"></div>`).join('\n')}
</body></html>`;
fs.writeFileSync(path.join(OUT, 'index.html'), html);
const repeats = rows.filter((r) => r.m.verdict !== 'different').length;
console.log(`\nWinnow read ${rows.length} pages: ${rows.reduce((a, r) => a + r.filler.length, 0)} filler blocks marked, ` +
  `${rows.reduce((a, r) => a + r.padding.length, 0)} paragraphs of padding inside stories, ` +
  `${repeats} stories recognised as read before.\nReport: ${path.join(OUT, 'index.html')}`);
