# Parse web server log lines with regex and summarize status codes and paths.
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [12/Mar/2024:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5123
192.168.1.11 - - [12/Mar/2024:10:15:35 +0000] "POST /api/login HTTP/1.1" 401 230
10.0.0.5 - - [12/Mar/2024:10:16:01 +0000] "GET /images/logo.png HTTP/1.1" 200 10240
192.168.1.10 - - [12/Mar/2024:10:16:20 +0000] "GET /about HTTP/1.1" 404 512
10.0.0.5 - - [12/Mar/2024:10:17:45 +0000] "GET /index.html HTTP/1.1" 200 5123
172.16.0.2 - - [12/Mar/2024:10:18:02 +0000] "DELETE /api/items/42 HTTP/1.1" 500 87
192.168.1.11 - - [12/Mar/2024:10:18:30 +0000] "POST /api/login HTTP/1.1" 200 1024
malformed line here
"""

PATTERN = re.compile(
    r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+)'
)


def main():
    status_counts = Counter()
    bytes_by_ip = defaultdict(int)
    paths = Counter()
    bad = 0
    for line in LOG.splitlines():
        m = PATTERN.match(line)
        if not m:
            bad += 1
            print(f"skipping unparseable line: {line!r}")
            continue
        status_counts[m["status"]] += 1
        bytes_by_ip[m.group("ip")] += int(m.group("size"))
        paths[(m["method"], m["path"])] += 1

    print("Status codes:")
    for code, n in sorted(status_counts.items()):
        print(f"  {code}: {n}")
    print("Bytes by IP:")
    for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
        print(f"  {ip:<15} {total:>8,}")
    print("Most requested:")
    for (method, path), n in paths.most_common(3):
        print(f"  {method:6} {path:20} {n}")
    errors = sum(n for code, n in status_counts.items() if code.startswith(("4", "5")))
    print(f"Error responses: {errors}, malformed lines: {bad}")


if __name__ == "__main__":
    main()
