# Parse an RSS feed with xml.etree.ElementTree, list items by date and emit a modified XML document.
import xml.etree.ElementTree as ET
from datetime import datetime
from typing import List, NamedTuple

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Engineering Blog</title>
    <link>https://blog.example.com</link>
    <item>
      <title>Scaling our queue &amp; workers</title>
      <link>https://blog.example.com/queue</link>
      <pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate>
      <dc:creator>Priya</dc:creator>
      <category>infra</category><category>scaling</category>
    </item>
    <item>
      <title>Type hints in practice</title>
      <link>https://blog.example.com/types</link>
      <pubDate>Fri, 16 Feb 2024 14:00:00 +0000</pubDate>
      <dc:creator>Tomás</dc:creator>
      <category>python</category>
    </item>
    <item>
      <title>Postmortem: March outage</title>
      <link>https://blog.example.com/outage</link>
      <pubDate>Mon, 11 Mar 2024 18:45:00 +0000</pubDate>
      <category>infra</category>
    </item>
  </channel>
</rss>"""

NS = {"dc": "http://purl.org/dc/elements/1.1/"}


class Post(NamedTuple):
    title: str
    link: str
    published: datetime
    author: str
    tags: List[str]


def main() -> None:
    root = ET.fromstring(FEED)
    channel = root.find("channel")
    print("feed:", channel.findtext("title"), "| rss version:", root.get("version"))
    posts: List[Post] = []
    for item in channel.iter("item"):
        posts.append(Post(
            title=item.findtext("title"),
            link=item.findtext("link"),
            published=datetime.strptime(item.findtext("pubDate"), "%a, %d %b %Y %H:%M:%S %z"),
            author=item.findtext("dc:creator", default="unknown", namespaces=NS),
            tags=[c.text for c in item.findall("category")],
        ))
    for p in sorted(posts, key=lambda p: p.published, reverse=True):
        print(f"{p.published:%Y-%m-%d} {p.title:<32} by {p.author:<8} {','.join(p.tags)}")
    infra = [p.title for p in posts if "infra" in p.tags]
    print("infra posts:", infra)
    print("item count:", len(root.findall(".//item")), "| links:", [e.text.rsplit("/", 1)[-1] for e in root.iterfind(".//item/link")])

    summary = ET.Element("summary", attrib={"source": channel.findtext("link")})
    for p in posts:
        entry = ET.SubElement(summary, "entry", date=p.published.date().isoformat())
        entry.text = p.title
    ET.indent(summary, space="  ")
    print(ET.tostring(summary, encoding="unicode"))
    first = channel.find("item")
    print("tag/children:", first.tag, [child.tag for child in first][:3])


main()
