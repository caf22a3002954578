#!/usr/bin/env python3
"""Turns the output of `helse indicators --by segment --format csv|json` (INDICATORS.md section 8) into the
common CSV of the comparison, "indicator,year,segment,value": only revenue, export_share, rd_intensity and
productivity, only the segment rows (the total rows, whose group is {}, are left out); a null value (status
undefined or suppressed) is written empty. The format is taken from the content (JSON starts with '{').

Usage: helse_to_common.py HELSE_OUTPUT OUT.csv       (standard library only)
"""

import csv
import json
import sys

INDICATORS = ["revenue", "export_share", "rd_intensity", "productivity"]


def number_text(value):
    if value is None:
        return ""
    return value if isinstance(value, str) else repr(value)


def rows_from_json(doc):
    for row in doc.get("rows", []):
        group = row.get("group") or {}
        if set(group) != {"segment"}:
            continue
        yield row["indicator"], int(row["year"]), group["segment"], number_text(row.get("value"))


def rows_from_csv(text):
    reader = csv.DictReader(text.splitlines())
    fields = reader.fieldnames or []
    segment_column = next((c for c in ("segment", "group.segment", "group_segment") if c in fields), None)
    if segment_column is None or "indicator" not in fields or "value" not in fields:
        sys.exit(f"helse_to_common: the CSV has no indicator/value/segment columns (header: {','.join(fields)})")
    for row in reader:
        segment = (row.get(segment_column) or "").strip()
        if not segment:
            continue  # a total row
        value = (row.get("value") or "").strip()
        if value.lower() in ("null", "na"):
            value = ""
        yield row["indicator"], int(row["year"]), segment, value


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: helse_to_common.py HELSE_OUTPUT OUT.csv")
    with open(sys.argv[1], encoding="utf-8-sig") as f:
        text = f.read()
    # Numbers are kept as their text: an exact NOK level with more than 17 digits must not pass through a float.
    rows = rows_from_json(json.loads(text, parse_float=str, parse_int=str)) if text.lstrip().startswith("{") else rows_from_csv(text)
    kept = sorted((r for r in rows if r[0] in INDICATORS), key=lambda r: (INDICATORS.index(r[0]), r[2], r[1]))
    with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as f:
        f.write("indicator,year,segment,value\n")
        for indicator, year, segment, value in kept:
            f.write(f"{indicator},{year},{segment},{value}\n")


if __name__ == "__main__":
    main()
