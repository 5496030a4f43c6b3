# Parse ISO-8601 API log timestamps with offsets, normalise to UTC and report latencies and gaps.
from datetime import datetime, timedelta, timezone

LOG = """2024-03-10T08:59:58.250+01:00 GET /users 200 start
2024-03-10T09:00:01.125+01:00 GET /users 200 end
2024-03-10T03:05:00-05:00 POST /orders 201 start
2024-03-10T03:05:02.500-05:00 POST /orders 201 end
2024-03-10T08:10:00Z GET /health 200 start
2024-03-10T08:10:00.040Z GET /health 200 end
2024-03-10T13:45:30+05:30 DELETE /cache 204 start
2024-03-10T13:45:31+05:30 DELETE /cache 204 end"""

events = []
for line in LOG.splitlines():
    stamp, method, path, status, phase = line.split()
    when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    events.append((when, method, path, int(status), phase))

print("normalised to UTC:")
for when, method, path, status, phase in sorted(events):
    utc = when.astimezone(timezone.utc)
    print(f"  {utc.isoformat(timespec='milliseconds')}  {method:<6} {path:<8} {phase:<5} (local offset {when.utcoffset()})")

starts = {(m, p): w for w, m, p, s, ph in events if ph == "start"}
print("\nlatencies:")
for w, m, p, s, ph in events:
    if ph == "end":
        took = w - starts[(m, p)]
        print(f"  {m} {p}: {took.total_seconds() * 1000:.0f} ms ({took!r})")

ordered = sorted(w for w, *_ in events)
gaps = [(b - a, a, b) for a, b in zip(ordered, ordered[1:])]
longest = max(gaps)
print("\nlongest quiet period:", longest[0], "from", longest[1].astimezone(timezone.utc).strftime("%H:%M:%S %Z"))
span = ordered[-1] - ordered[0]
print("log span:", span, "=", span.total_seconds() / 3600, "hours")
print("first/last (UTC):", min(ordered).astimezone(timezone.utc), "/", max(ordered).astimezone(timezone.utc))
print("epoch seconds of first:", ordered[0].timestamp())
print("back from epoch:", datetime.fromtimestamp(ordered[0].timestamp(), tz=timezone.utc))
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print("in IST:", ordered[0].astimezone(ist), ordered[0].astimezone(ist).tzname())
print("naive vs aware equal?", datetime(2024, 3, 10, 8) == ordered[0].replace(tzinfo=None))
try:
    datetime(2024, 3, 10, 8) < ordered[0]
except TypeError as exc:
    print("TypeError:", exc)
