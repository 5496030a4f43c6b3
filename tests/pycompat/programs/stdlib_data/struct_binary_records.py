# Pack sensor readings into a binary file format with struct (header + fixed records) and parse it back.
import io
import struct

HEADER = struct.Struct(">4sHHI")      # magic, version, record size, record count
RECORD = struct.Struct("<IhHf?x")     # timestamp, temp (centi-degrees), humidity, pressure, alarm, pad

readings = [(1_700_000_000 + 60 * i, round((21.5 + (i % 5) * 0.75) * 100), 40 + i % 17, 1013.25 - i * 0.5, i % 6 == 5)
            for i in range(12)]

buf = io.BytesIO()
buf.write(HEADER.pack(b"SENS", 2, RECORD.size, len(readings)))
for r in readings:
    buf.write(RECORD.pack(*r))
blob = buf.getvalue()
print("header size:", HEADER.size, "record size:", RECORD.size, "file size:", len(blob))
print("first bytes:", blob[:16].hex(" "))

magic, version, rsize, count = HEADER.unpack_from(blob, 0)
print(magic, version, rsize, count)
alarms = 0
for ts, temp, hum, pres, alarm in RECORD.iter_unpack(blob[HEADER.size:]):
    alarms += alarm
    print(f"{ts} {temp / 100:6.2f}C {hum:3d}% {pres:8.2f}hPa {'ALARM' if alarm else ''}")
print("alarms:", alarms)

print(struct.pack("!HI", 513, 1), struct.pack("<q", -2), struct.unpack(">d", struct.pack(">d", 3.14159)))
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("<3s2h"), struct.calcsize("@cid"))
print(struct.pack("5p", b"hi"), struct.unpack("5p", b"\x02hi\x00\x00"), struct.pack(">e", 1.5))
target = bytearray(10)
struct.pack_into("<HH", target, 4, 0xBEEF, 7)
print(target)
for fmt, args in [(">h", (40000,)), ("B", (-1,)), ("<I", (2 ** 32,)), ("2i", (1,)), ("4s", ("str",))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as exc:
        print(f"{fmt!r}: struct.error: {exc}")
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as exc:
    print("unpack:", exc)
