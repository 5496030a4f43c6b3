# Build a report of file paths with os.path: normalize, split, join, relativize and group by extension.
import os
import os.path
from collections import defaultdict

BASE = "/var/www/site"
ENTRIES = [
    "index.html", "./css/main.css", "css/../js/app.js", "js//vendor/lib.min.js",
    "/var/www/site/img/logo.png", "img/icons/../favicon.ico", "docs/guide.tar.gz", ".htaccess",
]

groups = defaultdict(list)
for entry in ENTRIES:
    full = os.path.normpath(os.path.join(BASE, entry))
    rel = os.path.relpath(full, BASE)
    root, ext = os.path.splitext(full)
    head, tail = os.path.split(full)
    groups[ext or "(none)"].append(rel)
    print(f"{entry:<28} -> {rel:<22} dir={os.path.basename(head):<6} ext={ext!r:<8} abs={os.path.isabs(entry)}")

for ext in sorted(groups):
    print(f"{ext:>8}: {', '.join(sorted(groups[ext]))}")

print(os.path.commonpath([os.path.join(BASE, e) for e in ("css/a.css", "css/b/c.css")]))
print(os.path.commonprefix(["/var/www/site/css", "/var/www/sites"]))
print(os.path.dirname("/a/b/c.txt"), os.path.basename("/a/b/"), os.path.split("file.txt"))
print(os.path.join("a", "", "b"), os.path.join("a", "/abs", "c"), os.path.normpath("a/./b/../../.."))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(os.sep, os.extsep, os.curdir, os.pardir, repr(os.linesep), os.path.sep == os.sep)
print(os.path.expanduser("relative/~user"), os.path.normcase("MiXeD/Case"))
