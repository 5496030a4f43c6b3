# Render user-supplied records into an HTML table safely with html.escape, then unescape scraped snippets.
import html

records = [
    {"name": "Alice <admin>", "comment": "Loves \"quotes\" & 'apostrophes'", "score": 93},
    {"name": "Bob & Co", "comment": "<script>alert('x')</script>", "score": 71},
    {"name": "Zoë", "comment": "Café → naïve ✓", "score": 88},
]

def render(rows):
    out = ["<table>", "  <tr><th>Name</th><th>Comment</th><th>Score</th></tr>"]
    for r in rows:
        cells = "".join(f"<td>{html.escape(str(r[k]))}</td>" for k in ("name", "comment", "score"))
        out.append(f"  <tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)

page = render(records)
print(page)
print("escaped length:", len(page))
print("attr-safe:", f'<a title="{html.escape(records[0]["comment"])}">x</a>')
print("quote=False:", html.escape("<b>'single' \"double\"</b>", quote=False))

scraped = [
    "Tom &amp; Jerry &lt;3",
    "5 &gt; 3 &amp;&amp; 2 &lt; 4",
    "&copy; 2024 &mdash; All rights reserved",
    "caf&eacute; &#233; &#xE9; &#x1F600;",
    "&nbsp;spaced&nbsp;",
    "unknown &bogus; and bare & ampersand",
    "&amp;amp; double-escaped",
    "&notin; vs &notit; vs &not",
]
for s in scraped:
    print(f"{s!r} -> {html.unescape(s)!r}")

# Escaping then unescaping is lossless.
for r in records:
    assert html.unescape(html.escape(r["comment"])) == r["comment"]
print("round trip ok")
