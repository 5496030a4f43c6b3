# Parse a markdown document with MULTILINE and DOTALL regex flags.
import re

DOC = """# Project Title
Some intro text.

## Installation
Run `pip install thing`.

## Usage
Call `thing.run()` and then `thing.stop()`.
TODO: write more docs
## License
MIT
todo: check license year
"""

headings = re.findall(r"^(#{1,6})\s+(.+)$", DOC, re.MULTILINE)
for hashes, title in headings:
    print("  " * (len(hashes) - 1) + f"- {title}")

print("Inline code:", re.findall(r"`([^`]+)`", DOC))
print("TODOs (case-insensitive):", re.findall(r"^todo:\s*(.*)$", DOC, re.MULTILINE | re.IGNORECASE))
print("Without MULTILINE:", re.findall(r"^#+ (.+)$", DOC))

section = re.search(r"## Usage\n(.*?)(?=^## )", DOC, re.MULTILINE | re.DOTALL)
print("Usage section:", repr(section.group(1)))

lines_starting_upper = re.findall(r"^[A-Z]\w*", DOC, re.M)
print("Lines starting uppercase:", lines_starting_upper)
print("Ends with period:", len(re.findall(r"\.$", DOC, re.M)))
toc = "\n".join(f"{i}. {t}" for i, (_, t) in enumerate(headings, 1))
print(toc)
