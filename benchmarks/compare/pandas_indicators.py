#!/usr/bin/python3
"""The pandas peer of the side-by-side comparison (benchmarks/compare/README.md).

Reads a firm-year panel CSV (INDICATORS.md section 3) with pandas.read_csv, classifies every row the way the
library does (segment on the row, else the default taxonomy's NACE codes, longest prefix winning) and computes,
by segment and year, exactly per INDICATORS.md section 4:

  revenue       sum of revenue over the rows where it is present (exact, see below)
  export_share  sum exports / sum revenue over the rows with both present
  rd_intensity  sum rd_expenditure / sum value_added over the rows with both present
  productivity  sum value_added / sum employees over the rows with both present

where value_added = operating_profit + depreciation + wage_costs over the rows with operating_profit and
wage_costs present, a missing depreciation counting as 0.

Exactness: amounts are parsed as float64 (what read_csv does) and then turned into integers of 10^-d NOK
(d = --decimals, default 2: øre) with numpy.rint; every sum is then an exact int64 sum, so the revenue level is
exact and does not depend on row order. A value with more than d decimals, or too large to be held exactly,
is an error rather than a silent rounding. Employees stay float64 (they only enter productivity, a ratio).

Writes "indicator,year,segment,value"; a value that cannot be computed (no contributing row, a zero
denominator) is written empty.

Usage: /usr/bin/python3 pandas_indicators.py --input PANEL.csv --output OUT.csv [--decimals 2]
Runs under Debian's python3-pandas (1.5) and numpy; no other dependency.
"""

import argparse
import re
import sys
from decimal import Decimal

import numpy as np
import pandas as pd

# The default taxonomy's first-guess NACE codes (INDICATORS.md section 1), as digits without dots.
NACE_MAPPING = [
    ("21", "pharma"), ("7211", "pharma"),
    ("2660", "medtech"), ("3250", "medtech"),
    ("4646", "wholesale"),
    ("4773", "retail"), ("4774", "retail"),
    ("86", "health_services"),
    ("87", "care_services"), ("8810", "care_services"),
]
TAXONOMY_SEGMENTS = ["pharma", "diagnostics", "medtech", "ehealth", "suppliers",
                     "wholesale", "retail", "health_services", "care_services"]
AMOUNTS = ["revenue", "operating_profit", "depreciation", "wage_costs", "exports", "rd_expenditure"]
INDICATORS = ["revenue", "export_share", "rd_intensity", "productivity"]


def segment_of_nace(code):
    """The segment of the longest matching code prefix ("21.100", "21100" and "C21.10" alike), or None."""
    digits = re.sub(r"[^0-9]", "", str(code))
    best = None
    for prefix, segment in NACE_MAPPING:
        if digits.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, segment)
    return best[1] if best else None


def read_header(path):
    with open(path, encoding="utf-8-sig") as f:
        line = f.readline().rstrip("\r\n")
    semicolon = ";" in line and "," not in line
    names = [c.strip().strip('"').strip() for c in line.split(";" if semicolon else ",")]
    return names, semicolon


def to_minor_units(values, scale, column):
    """float64 NOK (NaN = missing) -> exact int64 in 1/scale NOK (0 where missing); refuses to round silently."""
    x = np.nan_to_num(values, nan=0.0) * scale
    r = np.rint(x)
    if values.size and (np.abs(x - r).max() > 1e-3 or np.abs(r).max() >= 2.0 ** 53):
        sys.exit(f"pandas_indicators: {column}: a value has more decimals than --decimals allows, or is too large "
                 "to be summed exactly")
    return r.astype(np.int64)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--decimals", type=int, default=2)
    args = parser.parse_args()
    scale = 10 ** args.decimals

    header, semicolon = read_header(args.input)
    for required in ("org_number", "year"):
        if required not in header:
            sys.exit(f"pandas_indicators: {args.input}:1: the header has no '{required}' column")

    wanted = ["year", "nace", "segment", "employees"] + AMOUNTS
    usecols = [c for c in wanted if c in header]
    dtype = {"year": "int32", "nace": "category", "segment": "category", "employees": "float64"}
    dtype.update({c: "float64" for c in AMOUNTS})
    df = pd.read_csv(args.input, usecols=usecols, dtype={c: t for c, t in dtype.items() if c in usecols},
                     na_values=["", "NA", "."], keep_default_na=False,
                     sep=";" if semicolon else ",", decimal="," if semicolon else ".", encoding="utf-8")
    n = len(df)

    # Classification on category codes: each distinct segment id or NACE code is looked at once.
    segments = list(TAXONOMY_SEGMENTS)
    index = {s: i for i, s in enumerate(segments)}

    def lookup_table(categories, classify):
        table = np.full(len(categories) + 1, -1, dtype=np.int16)  # the extra last slot serves code -1 (missing)
        for i, value in enumerate(categories):
            seg = classify(value)
            if seg is not None:
                if seg not in index:
                    index[seg] = len(segments)
                    segments.append(seg)
                table[i] = index[seg]
        return table

    seg_code = np.full(n, -1, dtype=np.int16)
    if "nace" in df:
        nace = df["nace"].cat
        seg_code = lookup_table(nace.categories, segment_of_nace)[nace.codes.to_numpy()]
    if "segment" in df:
        seg = df["segment"].cat
        row_code = lookup_table(seg.categories, lambda s: str(s).strip() or None)[seg.codes.to_numpy()]
        seg_code = np.where(row_code >= 0, row_code, seg_code)

    def column(name):
        return df[name].to_numpy() if name in df else np.full(n, np.nan)

    raw = {c: column(c) for c in AMOUNTS}
    present = {c: ~np.isnan(v) for c, v in raw.items()}
    units = {c: to_minor_units(v, scale, c) for c, v in raw.items()}
    employees = column("employees")
    has_employees = ~np.isnan(employees)

    has_va = present["operating_profit"] & present["wage_costs"]
    va = np.where(has_va, units["operating_profit"] + units["depreciation"] + units["wage_costs"], 0)
    export_both = present["exports"] & present["revenue"]
    rd_both = present["rd_expenditure"] & has_va
    prod_both = has_va & has_employees

    work = pd.DataFrame({
        "segment": seg_code,
        "year": df["year"].to_numpy(),
        "revenue_n": present["revenue"].astype(np.int64),
        "revenue": units["revenue"],
        "export_n": export_both.astype(np.int64),
        "export_num": np.where(export_both, units["exports"], 0),
        "export_den": np.where(export_both, units["revenue"], 0),
        "rd_n": rd_both.astype(np.int64),
        "rd_num": np.where(rd_both, units["rd_expenditure"], 0),
        "rd_den": np.where(rd_both, va, 0),
        "prod_n": prod_both.astype(np.int64),
        "prod_num": np.where(prod_both, va, 0),
        "prod_den": np.where(prod_both, employees, 0.0),
    })
    sums = work[work["segment"] >= 0].groupby(["segment", "year"], sort=True).sum()

    def ratio(num, den, count):
        return float(num) / float(den) if count > 0 and den != 0 else None

    # Column by column (iterrows would turn the exact int64 sums into float64).
    col = {c: sums[c].to_numpy() for c in sums.columns}
    order = sorted(range(len(sums)), key=lambda i: (segments[sums.index[i][0]], sums.index[i][1]))
    lines = ["indicator,year,segment,value"]
    out = {k: [] for k in INDICATORS}
    for i in order:
        name, year = segments[sums.index[i][0]], int(sums.index[i][1])
        revenue = ""
        if col["revenue_n"][i] > 0:
            revenue = format(Decimal(int(col["revenue"][i])).scaleb(-args.decimals), "f")
            if "." in revenue:
                revenue = revenue.rstrip("0").rstrip(".")
        values = {
            "revenue": revenue,
            "export_share": ratio(col["export_num"][i], col["export_den"][i], col["export_n"][i]),
            "rd_intensity": ratio(col["rd_num"][i], col["rd_den"][i], col["rd_n"][i]),
            "productivity": ratio(float(col["prod_num"][i]) / scale, col["prod_den"][i], col["prod_n"][i]),
        }
        for k in INDICATORS:
            v = values[k]
            text = v if isinstance(v, str) else ("" if v is None else repr(v))
            out[k].append(f"{k},{year},{name},{text}")
    for k in INDICATORS:
        lines.extend(out[k])
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
