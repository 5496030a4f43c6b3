# Produce a classic hex dump of a byte string with offsets and an ASCII column.
def hexdump(data: bytes, width: int = 16) -> None:
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hex_part = " ".join(f"{b:02x}" for b in chunk)
        ascii_part = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{offset:08x}  {hex_part:<{width * 3 - 1}}  |{ascii_part}|")
    print(f"{len(data):08x}")


text = "Hello, World!\nPython \u00e9t\u00e9 \u2603 bytes\tand\x00nulls"
data = text.encode("utf-8")
print("chars:", len(text), "bytes:", len(data))
hexdump(data)
print()
hexdump(bytes(range(0, 40, 1)), width=8)
print("byte values >127:", [b for b in data if b > 127])
print("as latin-1 roundtrip:", data.decode("latin-1").encode("latin-1") == data)
print("utf-16-le length:", len(text.encode("utf-16-le")))
print("errors=replace:", b"abc\xffdef".decode("utf-8", errors="replace"))
print("errors=ignore:", b"abc\xffdef".decode("utf-8", errors="ignore"))
print("bytearray edit:", bytearray(b"hello").upper(), bytes(bytearray(b"xyz")[::-1]))
