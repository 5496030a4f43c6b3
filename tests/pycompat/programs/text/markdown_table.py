# Generate a Markdown table from a list of dicts with column alignment.
from typing import Dict, List


def markdown_table(rows: List[Dict], columns: List[str], align: Dict[str, str]) -> str:
    cells = [[str(r.get(c, "")) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    widths = [max(w, 3) for w in widths]

    def fmt(values):
        out = []
        for v, w, c in zip(values, widths, columns):
            a = align.get(c, "left")
            out.append(v.rjust(w) if a == "right" else v.center(w) if a == "center" else v.ljust(w))
        return "| " + " | ".join(out) + " |"

    seps = []
    for w, c in zip(widths, columns):
        a = align.get(c, "left")
        if a == "right":
            seps.append("-" * (w - 1) + ":")
        elif a == "center":
            seps.append(":" + "-" * (w - 2) + ":")
        else:
            seps.append("-" * w)
    lines = [fmt(columns), "| " + " | ".join(seps) + " |"]
    lines += [fmt(row) for row in cells]
    return "\n".join(lines)


languages = [
    {"name": "Python", "year": 1991, "typing": "dynamic", "creator": "Guido van Rossum"},
    {"name": "Rust", "year": 2010, "typing": "static", "creator": "Graydon Hoare"},
    {"name": "Go", "year": 2009, "typing": "static"},
    {"name": "JavaScript", "year": 1995, "typing": "dynamic", "creator": "Brendan Eich"},
]
print(markdown_table(languages, ["name", "year", "typing", "creator"], {"year": "right", "typing": "center"}))
print()
print(markdown_table(sorted(languages, key=lambda r: r["year"]), ["year", "name"], {}))
