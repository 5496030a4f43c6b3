# Clean a messy CSV export: trim fields, normalize dates, parse numbers, fill gaps and drop bad rows.
import csv
import io
import re
from datetime import datetime
from typing import Dict, List, Optional, Tuple

MESSY = """ Name , Signup Date ,Revenue,  Country ,Plan
  alice SMITH ,2024-01-05, "1,250.00" , us ,Pro
Bob Jones,05/02/2024,300,UK,
  ,2024-03-01,100,US,Free
carla díaz,March 7 2024,n/a,es,pro
Dan O'Neil,2024/03/09,$75.5,USA,free
Eve,2024-13-40,10,US,pro
"""

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%B %d %Y", "%Y/%m/%d"]
COUNTRY_ALIASES = {"USA": "US", "UNITED STATES": "US"}


def parse_date(text: str) -> Optional[str]:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse_money(text: str) -> Optional[float]:
    cleaned = re.sub(r"[^\d.\-]", "", text)
    try:
        return float(cleaned)
    except ValueError:
        return None


def clean(row: Dict[str, str]) -> Tuple[Optional[Dict[str, object]], List[str]]:
    problems: List[str] = []
    name = " ".join(row["Name"].split()).title()
    if not name:
        return None, ["missing name"]
    date = parse_date(row["Signup Date"])
    if date is None:
        problems.append(f"bad date {row['Signup Date'].strip()!r}")
    revenue = parse_money(row["Revenue"])
    if revenue is None:
        problems.append(f"bad revenue {row['Revenue'].strip()!r}, using 0")
        revenue = 0.0
    country = row["Country"].strip().upper()
    country = COUNTRY_ALIASES.get(country, country)
    plan = (row["Plan"] or "").strip().lower() or "free"
    if date is None:
        return None, problems
    return {"name": name, "signup": date, "revenue": revenue, "country": country, "plan": plan}, problems


def main() -> None:
    reader = csv.DictReader(io.StringIO(MESSY), skipinitialspace=True)
    reader.fieldnames = [f.strip() for f in reader.fieldnames]
    print("headers:", reader.fieldnames)
    good: List[Dict[str, object]] = []
    for lineno, row in enumerate(reader, start=2):
        record, problems = clean(row)
        status = "kept" if record else "DROPPED"
        print(f"line {lineno}: {status}{' - ' + '; '.join(problems) if problems else ''}")
        if record:
            good.append(record)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(good[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(good)
    print(out.getvalue(), end="")
    print("total revenue:", sum(r["revenue"] for r in good))


main()
