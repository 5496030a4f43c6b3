# Extract email addresses and URLs from a block of text and summarize them by domain.
import re
from collections import Counter, defaultdict
from urllib.parse import urlparse, parse_qs
from typing import Dict, List

TEXT = """
Hi team, please reach out to support@acme.io or billing@acme.io for invoices.
Docs moved to https://docs.acme.io/v2/start?lang=en&ref=email and the status page is
http://status.acme.io. Our partner Jane (jane.doe+partners@globex.co.uk) shared
https://www.globex.co.uk/case-studies/acme#results plus an old link: https://docs.acme.io/v1/start.
Unsubscribe: https://mail.example.com/u?id=8842&token=ab12. Ping ops@ACME.io if anything breaks!
"""

EMAIL_RE = re.compile(r"[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
URL_RE = re.compile(r"https?://[^\s)]+")


def clean_url(url: str) -> str:
    return url.rstrip(".,;!")


def main() -> None:
    emails: List[str] = EMAIL_RE.findall(TEXT)
    urls: List[str] = [clean_url(u) for u in URL_RE.findall(TEXT)]
    print(f"found {len(emails)} emails and {len(urls)} urls")
    by_domain: Dict[str, List[str]] = defaultdict(list)
    for e in emails:
        local, domain = e.rsplit("@", 1)
        by_domain[domain.lower()].append(local)
    for domain, locals_ in sorted(by_domain.items()):
        print(f"  {domain}: {', '.join(locals_)}")
    print("URL breakdown:")
    for u in urls:
        p = urlparse(u)
        query = parse_qs(p.query)
        extras = []
        if query:
            extras.append(f"query={dict(sorted(query.items()))}")
        if p.fragment:
            extras.append(f"fragment={p.fragment}")
        print(f"  {p.scheme:<5} {p.netloc:<20} {p.path or '/':<24} {' '.join(extras)}")
    hosts = Counter(urlparse(u).hostname for u in urls)
    print("hosts:", hosts.most_common())
    print("secure share:", f"{sum(u.startswith('https') for u in urls) / len(urls):.0%}")
    masked = EMAIL_RE.sub(lambda m: m.group(0)[0] + "***@" + m.group(0).split("@")[1], TEXT)
    print(masked.strip().splitlines()[0])
    print([m.span() for m in EMAIL_RE.finditer(TEXT)][:2])


main()
