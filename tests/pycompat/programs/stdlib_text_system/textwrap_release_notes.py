# Format release notes: wrap long change descriptions, indent sub-items and shorten titles for a summary table.
import textwrap
from dataclasses import dataclass, field
from typing import List


@dataclass
class Change:
    kind: str
    title: str
    details: str
    issues: List[int] = field(default_factory=list)


CHANGES = [
    Change("feature", "Streaming responses for the export endpoint",
           "Large exports are now streamed to the client in chunks instead of being "
           "buffered in memory, which cuts peak memory use by roughly eighty percent "
           "for reports with more than a hundred thousand rows.", [412, 415]),
    Change("fix", "Timezone handling in scheduled jobs",
           "Jobs scheduled across a daylight saving transition no longer run twice. "
           "The scheduler now stores all times in UTC and converts them only for display.", [398]),
    Change("deprecation", "Legacy XML configuration loader",
           "The XML loader will be removed in the next major release; please migrate "
           "to the YAML or TOML configuration formats described in the upgrade guide.", []),
]

HEADER = """
    Release 4.2.0
    =============
      Highlights of this release are listed below.
"""


def render(changes: List[Change], width: int = 60) -> str:
    out = [textwrap.dedent(HEADER).strip("\n"), ""]
    for n, ch in enumerate(changes, 1):
        out.append(textwrap.fill(f"{n}. [{ch.kind.upper()}] {ch.title}", width=width,
                                 subsequent_indent="   "))
        body = textwrap.fill(ch.details, width=width - 6)
        out.append(textwrap.indent(body, "      "))
        if ch.issues:
            refs = ", ".join(f"#{i}" for i in ch.issues)
            out.append(textwrap.indent(f"Refs: {refs}", "      "))
        out.append("")
    return "\n".join(out)


print(render(CHANGES))

print("Summary")
for ch in CHANGES:
    short = textwrap.shorten(ch.title, width=30, placeholder="...")
    print(f"  {ch.kind:<12}|{short:<31}|{len(textwrap.wrap(ch.details, 40)):>3} lines")

wrapper = textwrap.TextWrapper(width=24, max_lines=3, placeholder=" [more]",
                               initial_indent="> ", subsequent_indent="> ")
for ch in CHANGES:
    print("\n".join(wrapper.wrap(ch.details)))
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True), end="")
print(repr(textwrap.dedent("  x\n\t\n  y\n")))
