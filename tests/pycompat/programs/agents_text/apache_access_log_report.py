# Parse Apache combined-format access logs with named regex groups and summarize traffic.
import re
from collections import Counter, defaultdict
from datetime import datetime
from typing import Dict, List

LOGS = r'''203.0.113.5 - - [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0 (Windows NT 10.0)"
203.0.113.5 - - [10/Mar/2024:13:55:37 +0000] "GET /css/site.css HTTP/1.1" 200 512 "http://example.com/index.html" "Mozilla/5.0 (Windows NT 10.0)"
198.51.100.23 - alice [10/Mar/2024:13:57:02 +0000] "POST /login HTTP/1.1" 302 0 "-" "curl/8.4.0"
192.0.2.44 - - [10/Mar/2024:14:01:15 +0000] "GET /admin HTTP/1.1" 403 199 "-" "python-requests/2.31"
203.0.113.5 - - [10/Mar/2024:14:03:59 +0000] "GET /products?page=2 HTTP/1.1" 200 8123 "-" "Mozilla/5.0 (Windows NT 10.0)"
192.0.2.44 - - [10/Mar/2024:14:04:00 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31"
198.51.100.23 - alice [10/Mar/2024:14:10:41 +0000] "GET /dashboard HTTP/1.1" 200 15030 "-" "curl/8.4.0"
192.0.2.44 - - [10/Mar/2024:14:11:03 +0000] "GET /.env HTTP/1.1" 404 153 "-" "python-requests/2.31"
garbage line that does not match
'''

PATTERN = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) \S+" '
    r'(?P<status>\d{3}) (?P<size>\d+|-) "(?P<referrer>[^"]*)" "(?P<agent>[^"]*)"'
)


def main() -> None:
    entries: List[Dict[str, str]] = []
    for line in LOGS.splitlines():
        m = PATTERN.match(line)
        if m:
            entries.append(m.groupdict())
        else:
            print("skipped:", line[:30])
    print(f"parsed {len(entries)} requests")
    status = Counter(e["status"] for e in entries)
    print("status codes:", sorted(status.items()))
    bytes_by_ip: Dict[str, int] = defaultdict(int)
    for e in entries:
        bytes_by_ip[e["ip"]] += 0 if e["size"] == "-" else int(e["size"])
    for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
        print(f"  {ip:<15} {total:>7,} bytes")
    times = [datetime.strptime(e["ts"], "%d/%b/%Y:%H:%M:%S %z") for e in entries]
    span = max(times) - min(times)
    print("first:", min(times).isoformat(), "span:", span)
    suspicious = sorted({e["ip"] for e in entries if e["status"] in ("403", "404")})
    print("suspicious clients:", suspicious)
    agents = Counter(e["agent"].split("/")[0] for e in entries)
    print("agents:", agents.most_common())
    users = {e["user"] for e in entries if e["user"] != "-"}
    print("authenticated users:", sorted(users))
    per_minute = Counter(t.strftime("%H:%M") for t in times)
    print("busiest minute:", max(sorted(per_minute.items()), key=lambda kv: kv[1]))


main()
