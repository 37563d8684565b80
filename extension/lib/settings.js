// Settings in the browser's storage.local, shared by the content script, the worker, the popup
// and the options page (one key per concern so concurrent writers do not overwrite each
// other), and the one place the reader's corrections are applied to the core's blocks.
'use strict';
(function (G) {
  const api = G.WinnowPlatform.api;
  const DEFAULTS = {
    mode: 'dim',            // how filler is shown: gentle (outline), dim, fold
    sensitivity: 'normal',  // repeated stories: low, normal, high (the core's match setting)
    retentionDays: 90,      // history entries older than this are dropped
    retentionPages: 10000,  // and beyond this many, the oldest (each keeps its text for export)
    paused: {},             // site -> true: Winnow does nothing there
    corrections: {},        // site -> {block text: 'content' | 'boilerplate'}
    legend: true,           // the small note at the bottom right saying what was faded
    autoBanner: false,      // the repeated-story banner on the page without being asked (pages can read it)
    fillerMode: 'show',     // padding inside the story (the core's filler verdict): show, fade, hide
  };

  async function get() {
    const got = await api.storage.local.get(Object.keys(DEFAULTS));
    const out = {};
    for (const k of Object.keys(DEFAULTS)) out[k] = got[k] === undefined ? DEFAULTS[k] : got[k];
    return out;
  }

  async function setKey(key, value) { await api.storage.local.set({ [key]: value }); }
  // Several keys in one write (one change event for those who listen).
  async function setKeys(values) { await api.storage.local.set(values); }

  async function setPaused(site, on) {
    const { paused } = await get();
    const next = Object.assign({}, paused);
    if (on) next[site] = true; else delete next[site];
    await setKey('paused', next);
  }

  // `corrections` with the site's label for `text` set (null: the correction taken back).
  function corrected(corrections, site, text, label) {
    const next = Object.assign({}, corrections);
    const forSite = Object.assign({}, next[site] || {});
    if (label) forSite[text] = label; else delete forSite[text];
    if (Object.keys(forSite).length) next[site] = forSite; else delete next[site];
    return next;
  }

  async function correct(site, text, label) {
    const { corrections } = await get();
    await setKey('corrections', corrected(corrections, site, text, label));
  }

  // The reader's correction of a core block (`yours`: the site's exact block text -> label),
  // or undefined; and the label the reader sees: that correction, else the core's.
  function correctionOf(block, yours) { return yours ? yours[block.text] : undefined; }
  function labelOf(block, yours) { return correctionOf(block, yours) || block.label; }

  G.WinnowSettings = { DEFAULTS, get, setKey, setKeys, setPaused, correct, corrected, correctionOf, labelOf };
})(globalThis);
