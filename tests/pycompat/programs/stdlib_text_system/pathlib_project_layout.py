# Analyse a project's file list with PurePosixPath: group by suffix, find tests, compute relative paths.
from collections import Counter, defaultdict
from pathlib import PurePath, PurePosixPath

FILES = [
    "/srv/app/README.md",
    "/srv/app/pyproject.toml",
    "/srv/app/src/app/__init__.py",
    "/srv/app/src/app/models/user.py",
    "/srv/app/src/app/models/order.py",
    "/srv/app/src/app/api/routes.py",
    "/srv/app/tests/test_user.py",
    "/srv/app/tests/api/test_routes.py",
    "/srv/app/docs/guide/index.rst",
    "/srv/app/build/app-1.2.0.tar.gz",
    "/srv/app/.github/workflows/ci.yml",
]

root = PurePosixPath("/srv/app")
paths = [PurePosixPath(f) for f in FILES]

by_suffix = Counter(p.suffix or "(none)" for p in paths)
print("suffixes:", sorted(by_suffix.items()))

tree = defaultdict(list)
for p in paths:
    rel = p.relative_to(root)
    tree[rel.parts[0]].append(rel.as_posix())
for top in sorted(tree):
    print(f"{top}/: {len(tree[top])} file(s)")

tests = [p for p in paths if p.match("test_*.py")]
print("tests:", [str(t.relative_to(root)) for t in tests])
for t in tests:
    module = t.with_name(t.name[len("test_"):])
    print(f"  {t.stem} covers {module.name} -> module stem {module.stem!r}")

archive = PurePosixPath(FILES[9])
print(archive.name, archive.stem, archive.suffix, archive.suffixes, archive.with_suffix(".zip").name)
print(archive.parent, archive.parents[1], len(archive.parents), archive.anchor)

models = root / "src" / "app" / "models"
print(models, models.joinpath("..", "api").as_posix(), (models / "user.py").is_relative_to(root))
print([str(p) for p in list((models / "user.py").parents)[:3]])
print(PurePath("a/b/../c").parts, PurePosixPath("//net/share").root, PurePosixPath("x.tar.gz").stem)
try:
    PurePosixPath("/etc/hosts").relative_to(root)
except ValueError as exc:
    print("ValueError:", exc)
print(sorted(paths, key=lambda p: (len(p.parts), p.name))[:3])
print(PurePosixPath("docs", "guide", "index.rst").with_stem("intro"), PurePosixPath("/").name == "")
