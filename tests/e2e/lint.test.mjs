// `web-ext lint` (Mozilla's add-on validator, the checks addons.mozilla.org runs) over the
// extension as the Firefox package holds it: no errors, no warnings.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';

import * as H from './harness.mjs';

test('web-ext lint: the Firefox package has no errors and no warnings', () => {
  const dir = H.unpackedFor('firefox');
  const bin = path.join(H.ROOT, 'node_modules/.bin/web-ext');
  let out;
  try {
    out = execFileSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout;  // web-ext exits non-zero when it finds errors; the JSON says which
  }
  const r = JSON.parse(out);
  const list = (k) => r[k].map((m) => `${m.code} ${m.file || ''}: ${m.message}`);
  assert.deepEqual(list('errors'), []);
  assert.deepEqual(list('warnings'), []);
});
