# Use StringIO/BytesIO as in-memory files: capture printed output, parse line by line, seek and rewrite.
import io

report = io.StringIO()
for name, qty in [("apples", 3), ("pears", 0), ("plums", 12)]:
    print(f"{name:<8}{qty:>4}", file=report)
report.write("total".ljust(8) + "15".rjust(4) + "\n")
text = report.getvalue()
print(repr(text))
print("chars:", len(text), "position:", report.tell())

report.seek(0)
header = report.readline()
rest = report.readlines()
print("first:", repr(header), "rest:", len(rest))

log = io.StringIO("INFO start\nWARN disk 91%\nINFO ok\nERROR failed to sync\nINFO done")
problems = [line.rstrip("\n") for line in log if not line.startswith("INFO")]
print(problems)
log.seek(0)
print(log.read(4), log.tell(), repr(log.read(6)), log.tell())

buf = io.StringIO()
buf.write("hello world")
buf.seek(6)
buf.write("there")
print(buf.getvalue(), buf.tell())
buf.truncate(5)
print(repr(buf.getvalue()))
buf.seek(0, io.SEEK_END)
buf.write("!")
print(repr(buf.getvalue()))

with io.StringIO("a,b\n1,2\n") as f:
    print(f.read(), f.closed)
print("after with:", f.closed)
try:
    f.read()
except ValueError as exc:
    print("ValueError:", exc)

raw = io.BytesIO()
raw.write(b"\x89PNG\r\n\x1a\n")
raw.write(bytes(range(8)))
print(raw.tell(), raw.getvalue()[:8])
raw.seek(0)
print(raw.read(4), raw.read1(2), raw.tell())
chunk = bytearray(3)
print(raw.readinto(chunk), chunk)
raw.seek(-2, io.SEEK_END)
print(raw.read())

wrapper = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
wrapper.write("naïve ✓\n")
wrapper.flush()
print(wrapper.buffer.getvalue())
wrapper.seek(0)
print(repr(wrapper.read()))
print(isinstance(report, io.TextIOBase), isinstance(raw, io.BufferedIOBase))
