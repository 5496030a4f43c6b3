# Split URLs, paths and emails using partition, rpartition, removeprefix and removesuffix.
urls = [
    "https://example.com/path/to/page.html?query=1#section",
    "http://localhost:8080/api/v1/users",
    "ftp://files.server.org/pub/archive.tar.gz",
    "example.org",
]

for url in urls:
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "(none)", url
    host, _, path = rest.partition("/")
    path, _, fragment = path.partition("#")
    path, _, query = path.partition("?")
    filename = path.rpartition("/")[2]
    base, dot, ext = filename.rpartition(".")
    print(f"{url}")
    print(f"  scheme={scheme} host={host} path=/{path} query={query!r} fragment={fragment!r}")
    print(f"  filename={filename!r} ext={ext if dot else ''!r}")

files = ["report_2024.csv", "test_utils.py", "test_main.py", "README.md", "data.tar.gz"]
for f in files:
    print(f"{f:18} removeprefix('test_')={f.removeprefix('test_'):15} removesuffix('.py')={f.removesuffix('.py')}")

print("rpartition on missing:", "nodots".rpartition("."))
print("partition on missing:", "nodots".partition("."))
key, _, value = "Content-Type: text/html; charset=utf-8".partition(": ")
print(f"header key={key!r} value={value!r}")
mime, _, params = value.partition(";")
print(f"mime={mime} params={params.strip()}")
