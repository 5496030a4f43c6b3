# Gzip a JSON-lines export in memory (fixed mtime for reproducible bytes), then stream it back line by line.
import gzip
import io
import json

records = [{"id": i, "event": ["login", "view", "purchase"][i % 3], "value": i * 2.5} for i in range(300)]
lines = "".join(json.dumps(r) + "\n" for r in records).encode()

blob = gzip.compress(lines, compresslevel=9, mtime=0)
print("plain:", len(lines), "gzip:", len(blob), "magic:", blob[:2].hex(), "ratio:", f"{len(blob) / len(lines):.1%}")
print("decompress ok:", gzip.decompress(blob) == lines)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=6) as gz:
    for r in records[:50]:
        gz.write((json.dumps(r) + "\n").encode())
payload = buf.getvalue()
print("GzipFile bytes:", len(payload))

totals = {}
with gzip.GzipFile(fileobj=io.BytesIO(payload)) as gz:
    for raw in gz:
        rec = json.loads(raw)
        totals[rec["event"]] = totals.get(rec["event"], 0) + rec["value"]
print("totals:", totals)

text_buf = io.BytesIO()
with gzip.open(text_buf, "wt", encoding="utf-8") as fh:
    fh.write("naïve café\n")
    fh.write("second line\n")
with gzip.open(io.BytesIO(text_buf.getvalue()), "rt", encoding="utf-8") as fh:
    print(fh.readlines())

two_members = gzip.compress(b"first,", mtime=0) + gzip.compress(b"second", mtime=0)
print("multi-member:", gzip.decompress(two_members))
try:
    gzip.decompress(b"\x1f\x8b\x08\x00garbage")
except (gzip.BadGzipFile, EOFError, Exception) as exc:
    print(type(exc).__name__)
try:
    gzip.decompress(b"plain text, not gzip")
except gzip.BadGzipFile as exc:
    print("BadGzipFile:", exc)
