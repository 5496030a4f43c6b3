# Semantic version parsing and comparison with functools.total_ordering
from functools import total_ordering
import re


@total_ordering
class Version:
    PATTERN = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([a-z0-9.]+))?$")

    def __init__(self, major: int, minor: int, patch: int, pre: str | None = None):
        self.major, self.minor, self.patch, self.pre = major, minor, patch, pre

    @classmethod
    def parse(cls, text: str) -> "Version":
        m = cls.PATTERN.match(text.strip())
        if not m:
            raise ValueError(f"invalid version string: {text!r}")
        major, minor, patch, pre = m.groups()
        return cls(int(major), int(minor), int(patch), pre)

    def _key(self):
        # a pre-release sorts before the release itself
        return (self.major, self.minor, self.patch, self.pre is None, self.pre or "")

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self):
        base = f"{self.major}.{self.minor}.{self.patch}"
        return f"{base}-{self.pre}" if self.pre else base

    def __repr__(self):
        return f"Version('{self}')"


tags = ["1.2.3", "1.10.0", "1.2.10", "2.0.0-rc.1", "2.0.0", "0.9.9", "1.2.3-alpha"]
versions = [Version.parse(t) for t in tags]
print("sorted:", [str(v) for v in sorted(versions)])
print("latest:", max(versions))
a, b = Version.parse("1.2.3"), Version.parse("1.10.0")
print(f"{a} < {b}: {a < b}; {a} >= {b}: {a >= b}; {a} <= {a}: {a <= a}")
print("rc < release:", Version.parse("2.0.0-rc.1") < Version.parse("2.0.0"))
print("bumps:", a.bump("patch"), a.bump("minor"), a.bump("major"))
print("unique count:", len({Version.parse("1.0.0"), Version.parse("1.0.0"), Version.parse("1.0.1")}))
for bad in ["1.2", "v1.2.3", "1.2.3.4"]:
    try:
        Version.parse(bad)
    except ValueError as e:
        print(e)
print("compare with str:", a == "1.2.3")
