"""Writes each fixture page's full classifier output to tests/pages/<site>/<page>.expected.json.

`npm run fixtures:expected` (or: python3 tests/pages/tools/write_expected.py [--bin PATH]).
Runs `winnow extract` on every tests/pages/<site>/<page>.html at the address its .gold.json
names, with no site-template memory, and writes every block's label, kind, reason, filler code
and headline flag, one block after another, so that a change in behaviour is a reviewable diff.
tests/core/pages_expected.cpp fails when the core's output differs from these files; the
hand-written .gold.json files stay the floor beneath them (tests/core/extract_fixtures.cpp).
"""
import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
PAGES = ROOT / "tests" / "pages"


def pages():
    for html in sorted(PAGES.glob("*/*.html")):
        gold = html.with_suffix(".gold.json")
        if not gold.exists():
            sys.exit(f"write_expected: {gold.relative_to(ROOT)} is missing (it gives the page's address)")
        yield html, json.loads(gold.read_text(encoding="utf8"))["url"]


def expected(answer, page, url):
    return {
        "page": page,
        "url": url,
        "regenerate": "npm run fixtures:expected",
        "title": answer["title"],
        "lang": answer["lang"],
        "page_type": answer["page_type"],
        "page_kind": answer["page_kind"],
        "blocks": [
            {"i": i, "label": b["label"], "kind": b["kind"], "reason": b["reason"], "filler": b.get("filler"),
             "headline": bool(b.get("headline", False)), "text": b["text"]}
            for i, b in enumerate(answer["blocks"])
        ],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=str(ROOT / "build" / "native" / "winnow"))
    args = ap.parse_args()
    todo = list(pages())
    lines = [json.dumps({"id": str(h.relative_to(PAGES)), "url": u, "html": h.read_text(encoding="utf8", errors="replace")})
             for h, u in todo]
    out = subprocess.run([args.bin, "extract"], input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    answers = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    if len(answers) != len(todo):
        sys.exit(f"write_expected: {len(todo)} pages in, {len(answers)} answers out")
    for (html, url), answer in zip(todo, answers):
        if "error" in answer:
            sys.exit(f"write_expected: {answer['id']}: {answer['error']}")
        target = html.with_suffix(".expected.json")
        text = json.dumps(expected(answer, answer["id"], url), ensure_ascii=False, indent=1) + "\n"
        target.write_text(text, encoding="utf8")
    print(f"write_expected: {len(todo)} pages written under {PAGES.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
