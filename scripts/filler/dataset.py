"""The filler judgement's data: the labelled articles of tests/filler/ and real-news pages.

Shared by train.py and eval.py. Only the standard library: evaluation must run where
scikit-learn is not installed.
"""
import gzip
import html
import json
import os
import re
import subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_EVAL = os.environ.get("WINNOW_SHARED_EVAL", os.path.join(ROOT, "..", "shared", "eval"))
CODES = ("generic", "restates", "heading")
LINE = re.compile(r"^([PH]) (\S+) (\S+) \| (.+)$")


def load_articles(folder):
    """Every .txt article of `folder` (format: tests/filler/RULES.md), sorted by name."""
    out = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        art = {"name": name[:-4], "blocks": []}
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if line.startswith("# "):
                    key, _, value = line[2:].partition(":")
                    art[key.strip()] = value.strip()
                    continue
                if not line.strip():
                    continue
                m = LINE.match(line)
                if not m:
                    raise ValueError(f"{name}:{n}: not '<P|H> <label> <rule> | <text>'")
                label = None if m.group(2) == "-" else m.group(2)
                if label is not None and label not in CODES:
                    raise ValueError(f"{name}:{n}: unknown label {label}")
                art["blocks"].append({"heading": m.group(1) == "H", "label": label,
                                      "rule": m.group(3), "text": m.group(4)})
        for key in ("title", "lang", "style"):
            if key not in art:
                raise ValueError(f"{name}: missing '# {key}:'")
        check_headings(name, art["blocks"])
        out.append(art)
    return out


def check_headings(name, blocks):
    """RULES.md: a subheading is `heading` exactly when its section is all padding."""
    for i, b in enumerate(blocks):
        if not b["heading"]:
            continue
        section = []
        for nxt in blocks[i + 1:]:
            if nxt["heading"]:
                break
            section.append(nxt)
        padding = bool(section) and all(s["label"] for s in section)
        if (b["label"] == "heading") != padding:
            raise ValueError(f"{name}: subheading {b['text']!r} is labelled {b['label']} "
                             f"but its section {'is' if padding else 'is not'} all padding")


def to_html(art):
    """The article as a plain news page: <h1> title, <h2> subheadings, <p> paragraphs."""
    body = [f"<h1>{html.escape(art['title'])}</h1>"]
    for b in art["blocks"]:
        tag = "h2" if b["heading"] else "p"
        body.append(f"<{tag}>{html.escape(b['text'])}</{tag}>")
    return (f"<!doctype html><html lang=\"{art['lang']}\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(art['title'])}</title></head><body><main><article>"
            + "\n".join(body) + "</article></main></body></html>")


def norm(text):
    return " ".join(text.split())


def winnow_binary():
    return os.environ.get("WINNOW", os.path.join(ROOT, "build", "native", "winnow"))


def run_winnow(args, records):
    """Feeds JSON records to `winnow ARGS` and returns its answers, in order."""
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    res = subprocess.run([winnow_binary()] + args, input=data.encode("utf-8"),
                         capture_output=True, check=True)
    return [json.loads(line) for line in res.stdout.decode("utf-8").split("\n") if line.strip()]


def real_pages(which, article_only=True):
    """Pages of ../shared/eval/boilerplate/<which>.jsonl.gz with their gold text."""
    path = os.path.join(SHARED_EVAL, "boilerplate", f"{which}.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if article_only and rec.get("page_type", "article") != "article":
                continue
            if rec.get("gold_text"):
                yield rec


def gold_paragraphs(gold_text):
    """The gold text's paragraphs (its non-empty lines), whitespace collapsed."""
    return [norm(p) for p in gold_text.split("\n") if p.strip()]


def looks_like_heading(text):
    """A gold line that reads as a subheading: short, no sentence-ending punctuation."""
    return len(text.split()) <= 12 and not re.search(r"[.!;,\"”…]$", text)
