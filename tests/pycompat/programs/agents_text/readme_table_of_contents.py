# Generate a Markdown table of contents with GitHub-style anchors from a README's headings.
import re
from collections import defaultdict
from typing import Dict, List, Tuple

README = """# Fast CSV Toolkit

Intro text.

## Installation
### From PyPI
### From source
## Usage
### Command-line flags & options
### Python API (v2.0+)
```
# not a heading inside a code block
```
## FAQ
### Why is it *fast*?
### Usage
## Contributing / Code of Conduct
"""


def slug(title: str, used: Dict[str, int]) -> str:
    text = re.sub(r"[*_`]", "", title.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text).replace(" ", "-")
    count = used[text]
    used[text] += 1
    return text if count == 0 else f"{text}-{count}"


def headings(markdown: str) -> List[Tuple[int, str]]:
    found: List[Tuple[int, str]] = []
    in_code = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        m = re.match(r"^(#{1,6})\s+(.+?)\s*#*$", line)
        if m and not in_code:
            found.append((len(m.group(1)), m.group(2)))
    return found


def main() -> None:
    used: Dict[str, int] = defaultdict(int)
    items = headings(README)
    print(f"{len(items)} headings; levels used: {sorted({lvl for lvl, _ in items})}")
    print("## Table of Contents")
    numbering: List[int] = []
    for level, title in items[1:]:
        depth = level - 2
        numbering = numbering[:depth + 1]
        while len(numbering) <= depth:
            numbering.append(0)
        numbering[depth] += 1
        number = ".".join(map(str, numbering))
        print(f"{'  ' * depth}- [{number} {re.sub(r'[*_`]', '', title)}](#{slug(title, used)})")
    print("anchors reused:", {k: v for k, v in used.items() if v > 1})
    toc_lines = sum(1 for lvl, _ in items if lvl > 1)
    print("entries:", toc_lines)


main()
