// Fills every [data-i18n] element's text from _locales (textContent only).
'use strict';
(function (G) {
  const api = G.WinnowPlatform.api;
  G.winnowMsg = (k, subs) => api.i18n.getMessage(k, subs) || k;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = G.winnowMsg(el.dataset.i18n);
})(globalThis);
