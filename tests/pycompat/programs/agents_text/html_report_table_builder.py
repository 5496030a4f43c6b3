# Render a list of records as an HTML table with escaping, CSS classes and a summary footer.
import html
from dataclasses import dataclass, fields
from typing import Iterable, List


@dataclass
class Incident:
    ident: str
    title: str
    severity: str
    owner: str
    minutes_down: int


INCIDENTS: List[Incident] = [
    Incident("INC-101", "DB failover <primary> stuck", "high", "R&D Ops", 42),
    Incident("INC-102", 'Login page shows "undefined"', "medium", "Web", 8),
    Incident("INC-103", "Cache stampede on /search", "high", "Platform", 17),
    Incident("INC-104", "Typo in footer", "low", "Web", 0),
]


def cell(value: object, tag: str = "td", cls: str = "") -> str:
    attr = f' class="{html.escape(cls)}"' if cls else ""
    return f"<{tag}{attr}>{html.escape(str(value))}</{tag}>"


def render(rows: Iterable[Incident]) -> str:
    rows = list(rows)
    names = [f.name for f in fields(Incident)]
    lines = ['<table class="incidents">', "  <thead>", "    <tr>" + "".join(cell(n.replace("_", " ").title(), "th") for n in names) + "</tr>", "  </thead>", "  <tbody>"]
    for r in rows:
        tds = "".join(cell(getattr(r, n), cls=f"sev-{r.severity}" if n == "severity" else "") for n in names)
        lines.append(f'    <tr data-id="{html.escape(r.ident)}">{tds}</tr>')
    total = sum(r.minutes_down for r in rows)
    lines += ["  </tbody>", f'  <tfoot><tr><td colspan="{len(names) - 1}">Total downtime</td>{cell(total)}</tr></tfoot>', "</table>"]
    return "\n".join(lines)


def main() -> None:
    doc = render(sorted(INCIDENTS, key=lambda i: (-i.minutes_down, i.ident)))
    print(doc)
    print("length:", len(doc), "rows:", doc.count("<tr"))
    print(html.escape("<a href='x'>Tom & Jerry</a>"))
    print(html.escape("<a href='x'>", quote=False))
    print(html.unescape(cell('5 > 3 & "quoted"')))


main()
