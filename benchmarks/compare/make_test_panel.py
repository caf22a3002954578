#!/usr/bin/env python3
"""Writes a synthetic firm-year panel CSV (INDICATORS.md section 3, comma dialect) for testing the comparison
when `helse sample` is not available. Deterministic for a seed; standard library only.

What it contains, on purpose:
  - valid 9-digit organisation numbers with the MOD11 check digit, one per firm, each firm once per year;
  - about 20 % of firms with a `segment` on the row, about 70 % with only a NACE code (written "21.100",
    "21100" or "C21.10"), about 10 % with a NACE code outside the taxonomy (unclassified);
  - missing values written as an empty field, "NA" or ".", a few percent per column;
  - integer NOK amounts, some with øre (two decimals); negative operating profits; exports <= revenue;
    employees with one decimal; names that need RFC 4180 quoting now and then.

Usage: make_test_panel.py --rows N [--seed S] [--from 2010] --output FILE
       (the number of firms is N / years, years from --from on: 11 years by default)
"""

import argparse
import random

WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2]
SEGMENTS = ["pharma", "diagnostics", "medtech", "ehealth", "suppliers",
            "wholesale", "retail", "health_services", "care_services"]
# NACE codes of the default taxonomy (digits), with the segment they classify to, and some outside it.
CLASSIFIED = ["21100", "21200", "72110", "26600", "32501", "32502", "46460", "47730", "47740",
              "86101", "86211", "86901", "87101", "87301", "88101"]
UNCLASSIFIED = ["47110", "62010", "72190", "88910", "46690", "26510"]
HEADER = ["org_number", "year", "name", "nace", "segment", "county", "revenue", "operating_profit",
          "depreciation", "wage_costs", "employees", "exports", "rd_expenditure"]


def org_numbers(count, rng):
    """Distinct valid organisation numbers (MOD11, INDICATORS.md section 2)."""
    seen, result = set(), []
    while len(result) < count:
        base = rng.randrange(80000000, 99999999)
        r = sum(int(d) * w for d, w in zip(str(base), WEIGHTS)) % 11
        if r == 1:
            continue
        number = f"{base}{0 if r == 0 else 11 - r}"
        if number not in seen:
            seen.add(number)
            result.append(number)
    return result


def nace_text(digits, rng):
    style = rng.random()
    if style < 0.6:
        return f"{digits[:2]}.{digits[2:]}"  # 21.100
    if style < 0.85:
        return digits  # 21100
    from_section = {"21": "C", "26": "C", "32": "C", "46": "G", "47": "G", "62": "J", "72": "M", "86": "Q",
                    "87": "Q", "88": "Q"}
    return f"{from_section[digits[:2]]}{digits[:2]}.{digits[2:4]}"  # C21.10


def main():
    parser = argparse.ArgumentParser(description="Writes a synthetic panel CSV for the comparison.")
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--from", dest="first", type=int, default=2010)
    parser.add_argument("--years", type=int, default=11)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    firms = max(1, -(-args.rows // args.years))  # enough firms for exactly --rows rows
    numbers = org_numbers(firms, rng)

    profiles = []
    for i in range(firms):
        kind = rng.random()
        segment = rng.choice(SEGMENTS) if kind < 0.2 else ""
        nace = rng.choice(CLASSIFIED if kind < 0.9 else UNCLASSIFIED)
        name = f"Firma {i:06d} AS" if rng.random() > 0.02 else f'"Firma {i:06d}, Avd. ""Nord"" AS"'
        size = rng.lognormvariate(15.5, 1.6)  # revenue around 5 MNOK, a long tail
        profiles.append((numbers[i], name, nace_text(nace, rng), segment, f"{rng.randrange(1, 57):02d}", size,
                         rng.random() * 0.6, rng.random() * 0.08))

    missing_texts = ["", "NA", "."]
    written = 0
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(HEADER) + "\n")
        for year in range(args.first, args.first + args.years):
            growth = 1.04 ** (year - args.first)
            for number, name, nace, segment, county, size, export_rate, rd_rate in profiles:
                if written >= args.rows:
                    break
                revenue = round(size * growth * rng.uniform(0.8, 1.2))
                wage = round(revenue * rng.uniform(0.2, 0.5))
                op = round(revenue * rng.uniform(-0.15, 0.2))
                dep = round(revenue * rng.uniform(0.0, 0.05))
                employees = round(wage / 700000, 1)
                exports = round(revenue * export_rate)
                rd = round(revenue * rd_rate)
                values = [revenue, op, dep, wage, employees, exports, rd]
                texts = []
                for k, v in enumerate(values):
                    if rng.random() < 0.04:
                        texts.append(rng.choice(missing_texts))
                    elif k in (0, 5) and rng.random() < 0.1:
                        texts.append(f"{v}.{rng.randrange(100):02d}" if k == 0 else f"{max(0, v - 1)}.{rng.randrange(100):02d}")
                    else:
                        texts.append(str(v))
                row = [number, str(year), name, nace, segment, county] + texts
                f.write(",".join(row) + "\n")
                written += 1


if __name__ == "__main__":
    main()
