#!/usr/bin/env python3
"""Checks that the v1 part of extract's output did not change: compare_v1.py BEFORE.jsonl AFTER.jsonl [...pairs].

Drops the added span types (FREQUENCY, ROUTE, MED) and item keys (frequency, daily_dose) from AFTER and
compares each record byte for byte with BEFORE (re-serialised the way Jackson writes it; the script
first checks that re-serialising BEFORE gives BEFORE unchanged). Exit 1 on any difference.
"""
import json
import sys

NEW_TYPES = {"FREQUENCY", "ROUTE", "MED"}
NEW_ITEM_KEYS = ("frequency", "daily_dose")


def dump(record):
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False)


def v1(line):
    r = json.loads(line)
    r["spans"] = [s for s in r.get("spans", []) if s["type"] not in NEW_TYPES]
    for item in r.get("items", []):
        for k in NEW_ITEM_KEYS:
            item.pop(k, None)
    return dump(r)


def main(args):
    bad = 0
    for before, after in zip(args[0::2], args[1::2]):
        b = open(before, encoding="utf-8").read().splitlines()
        a = open(after, encoding="utf-8").read().splitlines()
        diffs = [i for i, (x, y) in enumerate(zip(b, a)) if dump(json.loads(x)) != x or v1(y) != x]
        added = sum(1 for y in a for s in json.loads(y)["spans"] if s["type"] in NEW_TYPES)
        same = len(a) == len(b) and not diffs
        print(f"{before} -> {after}: {len(b)} records, {added} added spans: "
              + ("v1 byte-identical" if same else f"DIFFERENT (records {diffs[:10]}, counts {len(b)}/{len(a)})"))
        bad += not same
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
