#!/usr/bin/env bash
# `npm start`: builds what is missing, then runs Winnow's main job over the example pages in
# reading order. Until the extension's browser run lands, the main job is `winnow extract`
# over tests/pages, printing what it marks on each page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh native
python3 - <<'PY'
import json, pathlib, subprocess
root = pathlib.Path("tests/pages")
order = json.loads((root / "reading-order.json").read_text())
entries = order["pages"] if isinstance(order, dict) else order
lines = []
for e in entries:
    page = e["page"] if isinstance(e, dict) else e
    html = (root / page).read_text(encoding="utf-8", errors="replace")
    gold = json.loads((root / page).with_suffix(".gold.json").read_text())
    lines.append(json.dumps({"id": page, "url": gold["url"], "html": html}))
out = subprocess.run(["build/native/winnow", "extract"], input="\n".join(lines) + "\n",
                     capture_output=True, text=True, check=True).stdout
for line in out.splitlines():
    r = json.loads(line)
    if "error" in r:
        print(f"{r['id']}: error: {r['error']}"); continue
    bp = [b for b in r["blocks"] if b["label"] == "boilerplate"]
    print(f"\n{r['id']}  [{r['page_type']}]  {r['title'][:70]}")
    print(f"  {len(r['blocks']) - len(bp)} content blocks, {len(bp)} boilerplate")
    for b in bp[:12]:
        print(f"  - {b['kind']:<11} {b['text'][:70]!r}  ({b['reason']})")
    if len(bp) > 12: print(f"  ... {len(bp) - 12} more")
PY
