# Parse and build URLs and query strings with urllib.parse.
from urllib.parse import urlparse, parse_qs, parse_qsl, urlencode, quote, unquote, urljoin

url = "https://user@shop.example.com:8443/search/items?q=red+shoes&size=9&size=10&sort=price%20asc#results"
p = urlparse(url)
print("scheme:", p.scheme)
print("netloc:", p.netloc)
print("hostname:", p.hostname, "port:", p.port, "user:", p.username)
print("path:", p.path)
print("query:", p.query)
print("fragment:", p.fragment)

params = parse_qs(p.query)
for key in sorted(params):
    print(f"  {key} = {params[key]}")
print("as list:", parse_qsl(p.query))

new_query = urlencode({"q": "blue jeans & belts", "page": 2, "tags": "a/b"})
print("encoded:", new_query)
print("quote:", quote("hello world/ä?"), "quote safe='':", quote("a/b c", safe=""))
print("unquote:", unquote("caf%C3%A9%20au%20lait"))
print("joined:", urljoin("https://example.com/docs/guide/", "../api/index.html"))
print("joined abs:", urljoin("https://example.com/docs/", "/about"))
rebuilt = p._replace(query=new_query, fragment="").geturl()
print("rebuilt:", rebuilt)
