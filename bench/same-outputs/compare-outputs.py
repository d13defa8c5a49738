#!/usr/bin/env python3
"""Compares two `korrektor grade` output folders: results.json (minus timestamp-like keys),
grades.csv, review.csv and integrity.csv must be identical. Usage: compare-outputs.py BEFORE AFTER"""
import json, re, sys, difflib
from pathlib import Path

TIMESTAMP_KEYS = re.compile(r'(?i)^(generated(at)?|timestamp|time|date|started(at)?|finished(at)?|created(at)?)$')

def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if not TIMESTAMP_KEYS.match(k)}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node

def main(before, after):
    ok = True
    a = json.dumps(strip(json.loads((before / 'results.json').read_text('utf-8'))), indent=1, sort_keys=True)
    b = json.dumps(strip(json.loads((after / 'results.json').read_text('utf-8'))), indent=1, sort_keys=True)
    ok &= report('results.json', a, b)
    for name in ('grades.csv', 'review.csv', 'integrity.csv'):
        ok &= report(name, (before / name).read_bytes().decode('utf-8'), (after / name).read_bytes().decode('utf-8'))
    print('IDENTICAL' if ok else 'DIFFERENT')
    return 0 if ok else 1

def report(name, a, b):
    if a == b:
        print(f'{name}: identical ({len(a.splitlines())} lines)')
        return True
    print(f'{name}: DIFFERS')
    sys.stdout.writelines(list(difflib.unified_diff(a.splitlines(True), b.splitlines(True), 'before', 'after'))[:40])
    return False

if __name__ == '__main__':
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
