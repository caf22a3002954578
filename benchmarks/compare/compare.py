#!/usr/bin/env python3
"""Checks that several tools agree on the common CSV "indicator,year,segment,value".

Every file is compared with the first. A key (indicator, year, segment) missing from a file counts as an empty
(undefined) value. revenue must be exactly equal (compared as decimals: "1750.50" equals "1750.5"); the ratios
must agree to a relative tolerance (default 1e-9). Prints every disagreement (the first 30 per pair) and exits 1
when there is any, or when the first file has no value at all for one of the four indicators (nothing compared).

Usage: compare.py [--tolerance 1e-9] NAME=FILE NAME=FILE [NAME=FILE ...]      (standard library only)
"""

import csv
import sys
from decimal import Decimal

INDICATORS = ["revenue", "export_share", "rd_intensity", "productivity"]


def load(path):
    with open(path, encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        return {(r["indicator"], int(r["year"]), r["segment"]): (r["value"] or "").strip() for r in reader}


def agree(indicator, a, b, tolerance):
    if a == "" or b == "":
        return a == b
    if indicator == "revenue":
        return Decimal(a) == Decimal(b)
    x, y = float(a), float(b)
    return x == y or abs(x - y) <= tolerance * max(abs(x), abs(y))


def main(argv):
    tolerance = 1e-9
    if len(argv) >= 2 and argv[0] == "--tolerance":
        tolerance = float(argv[1])
        argv = argv[2:]
    if len(argv) < 2 or any("=" not in a for a in argv):
        sys.exit("usage: compare.py [--tolerance 1e-9] NAME=FILE NAME=FILE [...]")
    tools = [a.split("=", 1) for a in argv]
    data = [(name, load(path)) for name, path in tools]
    ref_name, ref = data[0]
    bad = 0
    for indicator in INDICATORS:
        if not any(v for (i, _, _), v in ref.items() if i == indicator):
            print(f"compare: {ref_name} has no value for {indicator}: nothing to compare")
            bad += 1
    for name, other in data[1:]:
        keys = sorted(set(ref) | set(other), key=lambda k: (INDICATORS.index(k[0]) if k[0] in INDICATORS else 9, k[2], k[1]))
        diffs = [(k, ref.get(k, ""), other.get(k, "")) for k in keys
                 if not agree(k[0], ref.get(k, ""), other.get(k, ""), tolerance)]
        compared = sum(1 for k in keys if ref.get(k, "") or other.get(k, ""))
        if diffs:
            print(f"compare: {name} DISAGREES with {ref_name} on {len(diffs)} of {compared} values:")
            for (indicator, year, segment), a, b in diffs[:30]:
                print(f"  {indicator} {year} {segment}: {ref_name}={a or 'undefined'} {name}={b or 'undefined'}")
            bad += len(diffs)
        else:
            print(f"compare: {name} agrees with {ref_name} on all {compared} values "
                  f"(revenue exact, ratios within {tolerance:g})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
