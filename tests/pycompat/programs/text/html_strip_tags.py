# Strip HTML tags, decode entities and extract links from an HTML snippet.
import html
import re

PAGE = """<html><head><title>My &amp; Your Page</title></head>
<body>
<h1 class="title">Welcome!</h1>
<p>Visit <a href="https://python.org">Python</a> or <a href='/docs/index.html'>the docs</a>.</p>
<p>Price: &lt; &euro;5 &gt; &#169; 2024</p>
<!-- a comment -->
<script>var x = "<b>not text</b>";</script>
</body></html>"""

title = re.search(r"<title>(.*?)</title>", PAGE, re.S | re.I)
print("Title:", html.unescape(title.group(1)))

links = re.findall(r"""<a\s+href=["']([^"']+)["']\s*>(.*?)</a>""", PAGE, re.I)
for href, text in links:
    print(f"link: {text!r} -> {href}")

no_script = re.sub(r"<(script|style)\b.*?</\1>", "", PAGE, flags=re.S | re.I)
no_comments = re.sub(r"<!--.*?-->", "", no_script, flags=re.S)
text = re.sub(r"<[^>]+>", " ", no_comments)
text = html.unescape(text)
text = re.sub(r"\s+", " ", text).strip()
print("Text:", text)

print("Escaped:", html.escape('<img alt="Tom & Jerry">'))
print("Escaped no quotes:", html.escape("It's <ok>", quote=False))
tags = re.findall(r"<\s*([a-zA-Z][a-zA-Z0-9]*)", PAGE)
counts = {}
for t in tags:
    counts[t.lower()] = counts.get(t.lower(), 0) + 1
print("Tag counts:", dict(sorted(counts.items())))
