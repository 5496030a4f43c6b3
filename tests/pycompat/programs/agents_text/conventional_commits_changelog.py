# Turn conventional-commit messages into a grouped Markdown changelog and decide the next version bump.
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List, Optional

COMMITS = """\
a1b2c3d feat(parser): support quoted CSV headers
b2c3d4e fix: handle empty input without crashing
c3d4e5f docs: update README examples
d4e5f6a feat(cli)!: rename --out to --output
e5f6a7b chore: bump dev dependencies
f6a7b8c fix(parser): off-by-one in column count (#42)
a7b8c9d perf: cache compiled regexes
b8c9d0e Merge branch 'main' into feature
c9d0e1f refactor(core): split reader module
"""

COMMIT_RE = re.compile(r"^(?P<sha>[0-9a-f]{7}) (?P<type>\w+)(?:\((?P<scope>[\w-]+)\))?(?P<bang>!)?: (?P<desc>.+)$")
SECTIONS = {"feat": "Features", "fix": "Bug Fixes", "perf": "Performance", "refactor": "Refactoring", "docs": "Documentation"}


@dataclass
class Commit:
    sha: str
    type: str
    scope: Optional[str]
    breaking: bool
    desc: str


def parse(log: str) -> List[Commit]:
    commits = []
    for line in log.splitlines():
        m = COMMIT_RE.match(line)
        if m:
            commits.append(Commit(m["sha"], m["type"], m["scope"], bool(m["bang"]), m["desc"]))
        else:
            print("ignored:", line)
    return commits


def next_version(current: str, commits: List[Commit]) -> str:
    major, minor, patch = map(int, current.split("."))
    if any(c.breaking for c in commits):
        return f"{major + 1}.0.0"
    if any(c.type == "feat" for c in commits):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def main() -> None:
    commits = parse(COMMITS)
    version = next_version("1.4.2", commits)
    grouped: Dict[str, List[Commit]] = defaultdict(list)
    for c in commits:
        if c.type in SECTIONS:
            grouped[c.type].append(c)
    print(f"## v{version}\n")
    breaking = [c for c in commits if c.breaking]
    if breaking:
        print("### ⚠ BREAKING CHANGES")
        for c in breaking:
            print(f"- {c.desc}")
        print()
    for key, title in SECTIONS.items():
        if key in grouped:
            print(f"### {title}")
            for c in grouped[key]:
                scope = f"**{c.scope}:** " if c.scope else ""
                desc = re.sub(r"\(#(\d+)\)", r"([#\1](https://github.com/org/repo/issues/\1))", c.desc)
                print(f"- {scope}{desc} ({c.sha})")
            print()
    skipped = sorted({c.type for c in commits if c.type not in SECTIONS})
    print("omitted types:", skipped)
    print("bumps:", [next_version("0.9.9", cs) for cs in ([], commits[1:2], commits[:1], commits)])


main()
