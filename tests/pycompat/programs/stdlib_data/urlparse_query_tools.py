# Normalize and rebuild API URLs: parse, merge query parameters, resolve relative links and decode forms.
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urlencode,
                          urljoin, urlparse, urlsplit, urlunparse)

urls = [
    "https://API.Example.com:8443/v1/search?q=red+shoes&page=2&sort=price#results",
    "http://user:secret@localhost/admin/../login?next=%2Fhome",
    "ftp://files.example.org/pub/file%20name.tar.gz",
    "/relative/path?x=1&x=2&y=",
]
for url in urls:
    p = urlparse(url)
    print(p.scheme or "-", p.hostname, p.port, p.path, dict(parse_qs(p.query, keep_blank_values=True)), p.fragment)

def with_params(url, **params):
    parts = urlparse(url)
    query = dict(parse_qsl(parts.query))
    query.update({k: str(v) for k, v in params.items()})
    return urlunparse(parts._replace(query=urlencode(sorted(query.items()))))

print(with_params(urls[0], page=3, limit=50))
print(with_params("https://example.com/items", tag="a&b", q="ünï code"))

base = "https://docs.example.com/guide/intro/index.html"
for link in ["setup.html", "../api/", "/about", "#faq", "?lang=de", "//cdn.example.com/x.js", "https://other.org/"]:
    print(f"{link:>24} -> {urljoin(base, link)}")

form = "name=Ada+Lovelace&email=ada%40example.com&langs=python&langs=c%2B%2B&note="
print(parse_qs(form))
print(parse_qsl(form, keep_blank_values=True))
print(quote("a path/with spaces & ünïcode"), quote("a/b", safe=""), quote_plus("x=1&y=2 3"))
print(unquote("caf%C3%A9%20%26%20bar"), unquote_plus("a+b%2Bc"))
print(urlencode({"q": "x y", "ids": [1, 2, 3]}, doseq=True), urlencode([("k", "v/w")], safe="/"))
s = urlsplit("https://example.com:99999/")
try:
    s.port
except ValueError as exc:
    print("ValueError:", exc)
print(urlparse("mailto:ops@example.com").path, urlparse("data:text/plain,hi").scheme)
