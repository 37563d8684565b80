// Helpers for the fixture pages and their gold labels (see README.md in this directory).
// Plain Node, no dependencies, no build: used by tests/node/pages.test.mjs and usable by the
// extension's end-to-end tests and by `npm start`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = path.dirname(fileURLToPath(import.meta.url));

export const KINDS = ['navigation', 'related', 'blurb', 'share', 'subscribe', 'cookie', 'legal',
  'byline', 'comment', 'advertising', 'template', 'other'];
export const PAGE_TYPES = ['article', 'listing', 'other'];
export const EXPECTS = ['new', 'duplicate', 'same_story'];
const REQUIRED = ['url', 'page_type', 'title', 'story', 'expect', 'content', 'boilerplate'];
const OPTIONAL = ['unscored', 'hidden', 'listing_items', 'new_paragraphs', 'edited_paragraphs'];

// Elements whose tags do not break a block of text (everything else does).
const INLINE = new Set(('a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong ' +
  'sub sup time u var wbr font img input label').split(' '));

const ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '\u00a9', rsquo: '\u2019',
  lsquo: '\u2018', ldquo: '\u201c', rdquo: '\u201d', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026',
  middot: '\u00b7', raquo: '\u00bb', laquo: '\u00ab', pound: '\u00a3', bull: '\u2022',
};

export function decodeEntities(s) {
  return s.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, (m, e) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(cp);
    }
    return Object.prototype.hasOwnProperty.call(ENTITIES, e) ? ENTITIES[e] : m;
  });
}

export function collapse(s) {
  return s.replace(/\s+/g, ' ').trim();
}

// A crude, deliberately simple text view of a page: drop <head>, comments, scripts, styles,
// noscript, templates; every tag that is not inline ends a block; decode entities; collapse
// whitespace. Returns the non-empty blocks in document order. Hidden elements are NOT removed
// (their text is listed in the gold file's "hidden" field).
export function textBlocks(html) {
  let s = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\w[^>]*>/g, '');
  s = s.replace(/<head[\s>][\s\S]*?<\/head>/gi, '\u0001');
  for (const t of ['script', 'style', 'noscript', 'template', 'title']) {
    s = s.replace(new RegExp(`<${t}\\b[\\s\\S]*?</${t}\\s*>`, 'gi'), '\u0001');
  }
  s = s.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g, (m, name) => (INLINE.has(name.toLowerCase()) ? '' : '\u0001'));
  return s.split('\u0001').map((b) => collapse(decodeEntities(b))).filter((b) => b.length > 0);
}

// The matching rule of the gold files: a snippet of 40 characters or more is a substring of the
// block; a shorter snippet is the whole text of the block.
export function snippetMatches(snippet, block) {
  return snippet.length >= 40 ? block.includes(snippet) : block === snippet;
}

export function pageTitle(html) {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return m ? collapse(decodeEntities(m[1])) : null;
}

export function canonicalUrl(html) {
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel\s*=\s*["']?canonical\b/i.test(m[0])) {
      const h = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(m[0]);
      return h ? decodeEntities(h[1]) : '';
    }
  }
  return null;
}

// Anything a browser would fetch by itself when the page loads. Links (<a href>) and forms are
// fine; data: URIs are fine.
export function externalResources(html) {
  const found = [];
  const attr = /\s(src|srcset|poster|background|data|formaction|ping)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  for (const m of html.matchAll(attr)) {
    const v = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    const tag = html.slice(html.lastIndexOf('<', m.index), m.index);
    if (m[1].toLowerCase() === 'data' && !/^<object\b/i.test(tag)) continue; // data is fine except <object data>
    if (m[1].toLowerCase() === 'ping' && !/^<a\b/i.test(tag)) continue;
    if (!/^data:/i.test(v) || m[1].toLowerCase() === 'ping') found.push(`${m[1]}=${v.slice(0, 60)}`);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\brel\s*=\s*["']?([^"'>]+)/i.exec(m[0]);
    const rels = rel ? rel[1].toLowerCase().split(/\s+/) : [];
    if (!rels.every((r) => ['canonical', 'alternate', 'next', 'prev', 'author', 'license', 'shortlink'].includes(r))) {
      found.push(m[0].slice(0, 80));
    }
  }
  for (const m of html.matchAll(/url\(\s*(["']?)([^)"']*)\1\s*\)/gi)) {
    if (!/^data:/i.test(m[2])) found.push(`url(${m[2].slice(0, 60)})`);
  }
  for (const m of html.matchAll(/@import\b[^;]*/gi)) found.push(m[0].slice(0, 60));
  for (const m of html.matchAll(/<(iframe|embed|frame|base|audio|video|source|track|portal)\b[^>]*>/gi)) found.push(m[0].slice(0, 60));
  for (const m of html.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi)) found.push(m[0].slice(0, 60));
  return found;
}

export function listPages(dir = PAGES_DIR) {
  const out = [];
  for (const site of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!site.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(dir, site.name))) {
      if (f.endsWith('.html')) out.push(`${site.name}/${f}`);
    }
  }
  return out.sort();
}

export function goldPathFor(page) {
  return page.replace(/\.html$/, '.gold.json');
}

export function loadPage(page, dir = PAGES_DIR) {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const gold = JSON.parse(fs.readFileSync(path.join(dir, goldPathFor(page)), 'utf8'));
  return { page, html, gold };
}

export function loadReadingOrder(dir = PAGES_DIR) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'reading-order.json'), 'utf8'));
}

function isSnippet(x) {
  return typeof x === 'string' && x.length > 0 && x === collapse(x);
}

// Structural checks of one gold object. Returns a list of error strings.
export function checkGoldShape(gold) {
  const errs = [];
  if (!gold || typeof gold !== 'object' || Array.isArray(gold)) return ['gold is not an object'];
  for (const k of REQUIRED) if (!(k in gold)) errs.push(`missing field ${k}`);
  for (const k of Object.keys(gold)) if (!REQUIRED.includes(k) && !OPTIONAL.includes(k)) errs.push(`unknown field ${k}`);
  if (errs.length) return errs;
  let u = null;
  try { u = new URL(gold.url); } catch { errs.push(`bad url ${gold.url}`); }
  if (u && u.protocol !== 'https:') errs.push(`url must be https: ${gold.url}`);
  if (!PAGE_TYPES.includes(gold.page_type)) errs.push(`bad page_type ${gold.page_type}`);
  if (!EXPECTS.includes(gold.expect)) errs.push(`bad expect ${gold.expect}`);
  if (typeof gold.title !== 'string' || !gold.title) errs.push('title must be a non-empty string');
  if (typeof gold.story !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(gold.story)) errs.push(`bad story id ${gold.story}`);
  for (const k of ['content', ...OPTIONAL]) {
    if (!(k in gold)) continue;
    if (!Array.isArray(gold[k])) { errs.push(`${k} must be an array`); continue; }
    gold[k].forEach((x, i) => { if (!isSnippet(x)) errs.push(`${k}[${i}] is not a trimmed, whitespace-collapsed non-empty string`); });
  }
  if (!Array.isArray(gold.boilerplate)) errs.push('boilerplate must be an array');
  else {
    gold.boilerplate.forEach((b, i) => {
      if (!b || typeof b !== 'object' || Object.keys(b).sort().join() !== 'kind,text') errs.push(`boilerplate[${i}] must be {text, kind}`);
      else {
        if (!isSnippet(b.text)) errs.push(`boilerplate[${i}].text is not a trimmed, collapsed non-empty string`);
        if (!KINDS.includes(b.kind)) errs.push(`boilerplate[${i}].kind ${b.kind} is not allowed`);
      }
    });
  }
  if (errs.length) return errs;
  if (gold.page_type === 'article' && gold.content.length === 0) errs.push('an article needs content');
  if (gold.page_type !== 'article' && gold.content.length > 0) errs.push(`a ${gold.page_type} page has no article content`);
  if (gold.page_type !== 'article' && gold.expect !== 'new') errs.push('only articles can be duplicate/same_story');
  if (gold.page_type !== 'listing' && gold.listing_items?.length) errs.push('listing_items only on listing pages');
  for (const k of ['new_paragraphs', 'edited_paragraphs']) {
    for (const x of gold[k] ?? []) if (!gold.content.includes(x)) errs.push(`${k} entry is not a content snippet: ${x}`);
  }
  return errs;
}

// Checks of a page against its gold labels. Returns a list of error strings.
export function checkPage(html, gold, { requireLang = true } = {}) {
  const errs = checkGoldShape(gold);
  if (errs.length) return errs;
  const blocks = textBlocks(html);
  const groups = {
    content: gold.content,
    boilerplate: gold.boilerplate.map((b) => b.text),
    unscored: gold.unscored ?? [],
    hidden: gold.hidden ?? [],
    listing_items: gold.listing_items ?? [],
  };
  const covered = new Array(blocks.length).fill(null).map(() => new Set());
  for (const [group, snippets] of Object.entries(groups)) {
    for (const sn of snippets) {
      let hit = false;
      blocks.forEach((b, i) => { if (snippetMatches(sn, b)) { hit = true; covered[i].add(group); } });
      if (!hit) errs.push(`${group} snippet not found as ${sn.length >= 40 ? 'part of' : 'the whole of'} a text block: "${sn}"`);
    }
  }
  blocks.forEach((b, i) => {
    if (covered[i].size === 0) errs.push(`text block not labelled in the gold file: "${b.slice(0, 100)}"`);
    if (covered[i].has('content') && covered[i].has('boilerplate')) errs.push(`block labelled both content and boilerplate: "${b.slice(0, 100)}"`);
  });
  for (const sn of groups.hidden) {
    const re = new RegExp(`<[a-zA-Z][^>]*(display\\s*:\\s*none|\\shidden(?=[\\s>=]))[^>]*>\\s*${sn.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    if (!re.test(html)) errs.push(`hidden snippet is not the start of a display:none or hidden element: "${sn}"`);
  }
  const title = pageTitle(html);
  if (title === null) errs.push('no <title>');
  else if (gold.page_type === 'article' && !title.includes(gold.title)) errs.push(`<title> "${title}" does not contain the gold title`);
  if (requireLang && !/<html\b[^>]*\slang\s*=\s*["']?[a-zA-Z]/i.test(html)) errs.push('no <html lang>');
  const canon = canonicalUrl(html);
  if (canon !== null && canon !== gold.url) errs.push(`canonical ${canon} differs from gold url ${gold.url}`);
  for (const r of externalResources(html)) errs.push(`loads an external resource: ${r}`);
  return errs;
}

// Checks of reading-order.json against the gold files. golds: Map page -> gold.
export function checkReadingOrder(order, golds) {
  const errs = [];
  if (!order || !Array.isArray(order.pages)) return ['reading-order.json needs a "pages" array'];
  const seen = new Map();
  let lastTime = -Infinity;
  order.pages.forEach((e, i) => {
    const where = `reading-order[${i}] (${e && e.page})`;
    if (!e || typeof e.page !== 'string') { errs.push(`${where}: needs "page"`); return; }
    const allowed = ['page', 'time', 'expect', 'match', 'serve_at', 'note', 'known_miss'];
    if ('known_miss' in e && (typeof e.known_miss !== 'string' || !e.known_miss || e.expect === 'new')) {
      errs.push(`${where}: known_miss is the why, on a page expected to be seen before`);
    }
    for (const k of Object.keys(e)) if (!allowed.includes(k)) errs.push(`${where}: unknown field ${k}`);
    const g = golds.get(e.page);
    if (!g) { errs.push(`${where}: no such page`); return; }
    if (seen.has(e.page)) errs.push(`${where}: page listed twice`);
    const t = Date.parse(e.time);
    if (Number.isNaN(t)) errs.push(`${where}: bad time ${e.time}`);
    else if (t <= lastTime) errs.push(`${where}: times must increase`);
    else lastTime = t;
    if (e.expect !== g.expect) errs.push(`${where}: expect ${e.expect} but gold says ${g.expect}`);
    if (!Array.isArray(e.match)) errs.push(`${where}: match must be an array`);
    else if (e.expect === 'new') {
      if (e.match.length) errs.push(`${where}: a new page matches nothing`);
      if (g.page_type === 'article') {
        for (const [p, pg] of seen) if (pg.page_type === 'article' && pg.story === g.story) errs.push(`${where}: story ${g.story} was already read in ${p}`);
      }
    } else {
      if (!e.match.length) errs.push(`${where}: ${e.expect} needs the earlier page(s) it matches`);
      for (const mp of e.match) {
        const mg = seen.get(mp);
        if (!mg) errs.push(`${where}: match ${mp} is not an earlier page`);
        else {
          if (mg.page_type !== 'article') errs.push(`${where}: match ${mp} is not an article`);
          if (mg.story !== g.story) errs.push(`${where}: match ${mp} is another story`);
        }
      }
    }
    for (const [p, pg] of seen) {
      if (pg.url === g.url && !(e.expect === 'duplicate' && e.match?.includes(p))) {
        errs.push(`${where}: same url as ${p}, so it must be a duplicate matching it`);
      }
    }
    if (e.serve_at !== undefined && (!golds.has(e.serve_at) || golds.get(e.serve_at).url !== g.url)) {
      errs.push(`${where}: serve_at must name an earlier page with the same url`);
    }
    seen.set(e.page, g);
  });
  for (const p of golds.keys()) if (!seen.has(p)) errs.push(`page ${p} is missing from reading-order.json`);
  return errs;
}
