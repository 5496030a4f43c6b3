# Format bibliography entries in APA and MLA styles from structured records, sorted by author surname.
import re
from dataclasses import dataclass
from typing import List, Optional


@dataclass
class Reference:
    authors: List[str]
    year: int
    title: str
    container: str
    volume: Optional[int] = None
    issue: Optional[int] = None
    pages: Optional[str] = None
    doi: Optional[str] = None
    kind: str = "article"


def split_name(full: str):
    parts = full.split()
    i = len(parts) - 1
    while i > 0 and parts[i - 1].lower() in {"van", "von", "de", "der", "da"}:
        i -= 1
    return parts[:i], " ".join(parts[i:])


def apa_name(full: str) -> str:
    given, surname = split_name(full)
    initials = " ".join(f"{g[0]}." if "-" not in g else "-".join(p[0] + "." for p in g.split("-")) for g in given)
    return f"{surname}, {initials}"


def apa(ref: Reference) -> str:
    names = [apa_name(a) for a in ref.authors]
    authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
    title = ref.title[0].upper() + ref.title[1:].lower() if ref.kind == "article" else f"*{ref.title}*"
    out = f"{authors} ({ref.year}). {title}. "
    if ref.kind == "article":
        out += f"*{ref.container}*, *{ref.volume}*" + (f"({ref.issue})" if ref.issue else "") + f", {ref.pages}."
    else:
        out += f"{ref.container}."
    return out + (f" https://doi.org/{ref.doi}" if ref.doi else "")


def mla(ref: Reference) -> str:
    given, surname = split_name(ref.authors[0])
    first = f"{surname}, {' '.join(given)}"
    first = (first + (f", and {ref.authors[1]}" if len(ref.authors) == 2 else ", et al" if len(ref.authors) > 2 else "")).rstrip(".")
    if ref.kind == "article":
        return f'{first}. "{ref.title}." *{ref.container}*, vol. {ref.volume}, no. {ref.issue}, {ref.year}, pp. {ref.pages.replace("-", "–")}.'
    return f"{first}. *{ref.title}*. {ref.container}, {ref.year}."


REFS = [
    Reference(["Grace Brewster Hopper", "Howard Aiken"], 1946, "The automatic sequence controlled calculator",
              "Electrical Engineering", 65, 8, "384-391", "10.1109/EE.1946.6439777"),
    Reference(["Donald E. Knuth"], 1997, "The Art of Computer Programming", "Addison-Wesley", kind="book"),
    Reference(["Guido van Rossum", "Barry Warsaw", "Alyssa Coghlan"], 2001, "STYLE GUIDE FOR PYTHON CODE",
              "Python Enhancement Proposals", 8, 1, "1-27"),
    Reference(["Jean-Paul Sartre"], 1943, "Being and Nothingness", "Gallimard", kind="book"),
]


def main() -> None:
    ordered = sorted(REFS, key=lambda r: (split_name(r.authors[0])[1].lower(), r.year))
    print("APA")
    for r in ordered:
        print("  " + apa(r))
    print("MLA")
    for r in ordered:
        print("  " + mla(r))
    print("in-text:", [f"({split_name(r.authors[0])[1]}{' et al.' if len(r.authors) > 2 else ''}, {r.year})" for r in ordered])
    print("plain:", re.sub(r"\*(.+?)\*", r"\1", apa(ordered[0])))


main()
