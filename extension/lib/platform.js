// The browser's extension API, resolved once for every extension file: Firefox's promise-based
// `browser` where it exists, else Chromium's `chrome` (whose MV3 calls return promises too).
'use strict';
(function (G) {
  const api = (G.browser && G.browser.runtime) ? G.browser : G.chrome;
  G.WinnowPlatform = { api };
})(globalThis);
