# Convert a small Markdown document to HTML with regular expressions and html.escape.
import html
import re
from typing import List

MARKDOWN = """# Release notes

Version **2.3** ships with _faster_ imports & fewer <surprises>.

## Changes
- Added `--dry-run` flag
- Fixed [issue 42](https://example.com/issues/42)
- Improved **error** messages

1. Back up your data
2. Run `upgrade --all`

> Note: restart the service afterwards.

Plain paragraph with a trailing line
that continues here.
"""


def inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{html.escape(m[2])}">{m[1]}</a>', text)
    return text


def convert(md: str) -> str:
    out: List[str] = []
    list_tag = None
    para: List[str] = []

    def flush_para() -> None:
        if para:
            out.append("<p>" + " ".join(inline(p) for p in para) + "</p>")
            para.clear()

    for line in md.splitlines():
        heading = re.match(r"^(#{1,6})\s+(.*)", line)
        item = re.match(r"^(?:(-)|(\d+)\.)\s+(.*)", line)
        if item:
            flush_para()
            tag = "ul" if item.group(1) else "ol"
            if list_tag != tag:
                if list_tag:
                    out.append(f"</{list_tag}>")
                out.append(f"<{tag}>")
                list_tag = tag
            out.append(f"  <li>{inline(item.group(3))}</li>")
            continue
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = None
        if heading:
            flush_para()
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif line.startswith("> "):
            flush_para()
            out.append(f"<blockquote>{inline(line[2:])}</blockquote>")
        elif not line.strip():
            flush_para()
        else:
            para.append(line.strip())
    flush_para()
    if list_tag:
        out.append(f"</{list_tag}>")
    return "\n".join(out)


result = convert(MARKDOWN)
print(result)
print("tags used:", sorted(set(re.findall(r"<(\w+)", result))))
print("unescape:", html.unescape("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39; &copy; &#x263A;"))
