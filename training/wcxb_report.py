#!/usr/bin/env python3
"""WCXB's own figures for `winnow extract` output on wcxb_dev: the scorer's --lower bag-of-words
mean, overall and per page type, on all pages and on the final holdout hosts (training/data.py)
that the learned model never saw. usage: wcxb_report.py DATA.jsonl.gz PRED.jsonl SCORER OUTDIR"""
import gzip, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import KINDS, host, is_final_holdout, read_jsonl  # noqa: E402

PEERS = {'rs-trafilatura': {'overall': 0.859, 'article': 0.932, 'documentation': 0.932, 'service': 0.844,
                            'forum': 0.808, 'collection': 0.716, 'listing': 0.707, 'product': 0.641}}


def main():
    src, pred, scorer, out = sys.argv[1:5]
    recs = read_jsonl(src)
    slim = [{k: r.get(k) for k in ('id', 'url', 'page_type', 'gold_text')} for r in recs]
    groups = {'all': slim, 'holdout': [r for r in slim if is_final_holdout(host(r['url']))]}
    print(f"{'wcxb_dev (WCXB scorer)':<28}{'pages':>6}{'all':>8}{'holdout':>9}{'holdout n':>10}{'rs-traf.':>9}")
    for kind in ['overall'] + KINDS:
        row = []
        for g, rs in groups.items():
            sel = rs if kind == 'overall' else [r for r in rs if r['page_type'] == kind]
            path = os.path.join(out, f'wcxb_{g}_{kind}.jsonl')
            with open(path, 'w') as f:
                f.write(''.join(json.dumps(r) + '\n' for r in sel))
            res = os.path.join(out, f'wcxb_{g}_{kind}.score.json')
            subprocess.run([sys.executable, scorer, path, pred, '--lower', '--json', res], check=True,
                           stdout=subprocess.DEVNULL)
            with open(res) as f:
                row.append((len(sel), next(iter(json.load(f).values()))['bow_mean']['f']))
        peer = PEERS['rs-trafilatura'].get(kind)
        print(f"{kind:<28}{row[0][0]:>6}{row[0][1]:>8.3f}{row[1][1]:>9.3f}{row[1][0]:>10}"
              f"{(f'{peer:9.3f}' if peer else '        -')}")


if __name__ == '__main__':
    main()
