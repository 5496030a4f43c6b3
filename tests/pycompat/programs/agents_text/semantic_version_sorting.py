# Parse, sort and filter semantic version strings (with pre-release tags) and pick upgrade targets.
import re
from dataclasses import dataclass
from functools import total_ordering
from typing import List, Optional, Tuple

SEMVER_RE = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$")


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    pre: Optional[str] = None
    build: Optional[str] = None

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = SEMVER_RE.match(text.strip())
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        major, minor, patch, pre, build = m.groups()
        return cls(int(major), int(minor), int(patch), pre, build)

    def _key(self) -> Tuple:
        pre_key: Tuple = (1,) if self.pre is None else (0,) + tuple(
            (0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre.split("."))
        return (self.major, self.minor, self.patch, pre_key)

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __str__(self) -> str:
        s = f"{self.major}.{self.minor}.{self.patch}"
        return s + (f"-{self.pre}" if self.pre else "") + (f"+{self.build}" if self.build else "")


RELEASES = ["1.10.0", "1.2.0", "v1.9.3", "2.0.0-rc.1", "2.0.0", "2.0.0-beta.11", "2.0.0-beta.2",
            "1.9.10", "2.1.0-alpha", "1.0.0+build.7", "banana", "3.0"]


def main() -> None:
    versions: List[Version] = []
    for r in RELEASES:
        try:
            versions.append(Version.parse(r))
        except ValueError as exc:
            print("skip:", exc)
    ordered = sorted(versions)
    print("sorted:", [str(v) for v in ordered])
    print("naive string sort:", sorted(RELEASES)[:5])
    stable = [v for v in ordered if v.pre is None]
    print("latest stable:", stable[-1], "| latest overall:", max(versions))
    current = Version.parse("1.9.3")
    same_major = [v for v in stable if v.major == current.major and v > current]
    print("safe upgrades from", current, "->", [str(v) for v in same_major])
    print("2.0.0-rc.1 < 2.0.0:", Version.parse("2.0.0-rc.1") < Version.parse("2.0.0"))
    print("beta.2 < beta.11:", Version.parse("2.0.0-beta.2") < Version.parse("2.0.0-beta.11"))
    print(repr(Version.parse("1.0.0+build.7")))
    bump = lambda v, part: {"major": Version(v.major + 1, 0, 0), "minor": Version(v.major, v.minor + 1, 0),
                            "patch": Version(v.major, v.minor, v.patch + 1)}[part]
    print("bumps of 1.9.3:", [str(bump(current, p)) for p in ("patch", "minor", "major")])


main()
