# Compare zlib compression levels on log-like text and binary data, report ratios and verify round trips.
import zlib

log = "".join(f"2024-05-{d:02d} INFO request path=/api/v1/items/{d * 37 % 101} status={200 if d % 7 else 500} ms={d * 13 % 250}\n"
              for d in range(1, 29)) * 8
data = log.encode()
binary = bytes((i * 73 + (i >> 3)) % 256 for i in range(4000))

print(f"original: {len(data)} bytes, crc32={zlib.crc32(data):08x}, adler32={zlib.adler32(data):08x}")
for level in (0, 1, 3, 6, 9):
    packed = zlib.compress(data, level)
    assert zlib.decompress(packed) == data
    print(f"level {level}: {len(packed):6d} bytes  ratio {len(packed) / len(data):6.2%}  head={packed[:2].hex()}")

default = zlib.compress(data)
print("default == level 6:", default == zlib.compress(data, 6))
print("binary:", len(binary), "->", len(zlib.compress(binary)), "bytes")

raw = zlib.compress(data, 9, wbits=-15)
gz = zlib.compress(data, 9, wbits=31)
print("raw deflate:", len(raw), "gzip wrapper:", len(gz), gz[:3].hex())
print("decode raw:", zlib.decompress(raw, wbits=-15) == data, "auto-detect gzip:", zlib.decompress(gz, 47) == data)

comp = zlib.compressobj(level=6)
stream = b"".join(comp.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)) + comp.flush()
print("streamed:", len(stream), stream == default)

decomp = zlib.decompressobj()
pieces = [decomp.decompress(stream[i:i + 64]) for i in range(0, len(stream), 64)]
print("chunks decoded:", len(pieces), sum(map(len, pieces)), decomp.eof, decomp.unused_data)

for label, blob in [("truncated", default[:-6]), ("corrupt header", b"xx" + default[2:]),
                    ("bad checksum", default[:-1] + bytes([default[-1] ^ 1]))]:
    try:
        zlib.decompress(blob)
    except zlib.error as exc:
        print(f"{label}: {exc}")
running = 0
for chunk in (b"part one ", b"part two ", b"part three"):
    running = zlib.crc32(chunk, running)
print("incremental crc32 matches:", running == zlib.crc32(b"part one part two part three"))
