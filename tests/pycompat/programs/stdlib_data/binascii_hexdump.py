# Produce a hex dump of binary data with binascii, checksum it with crc32 and decode hex/base64 input.
import binascii

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n" + bytes(range(0, 40, 3))

def hexdump(blob, width=16):
    for off in range(0, len(blob), width):
        chunk = blob[off:off + width]
        hexpart = binascii.hexlify(chunk, " ").decode()
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexpart:<{width * 3}} |{text}|")

hexdump(data)
print("crc32:", hex(binascii.crc32(data)), "crc_hqx:", hex(binascii.crc_hqx(data, 0)))
print("grouped:", binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", 2), binascii.b2a_hex(b"\xde\xad\xbe\xef", ":"))

mac = "00:1A:2b:3C:4d:5E"
print("mac bytes:", binascii.unhexlify(mac.replace(":", "")))
for bad in ["abc", "zz", "0g"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as exc:
        print(repr(bad), "->", exc)

b64 = binascii.b2a_base64(b"binary\x00payload")
print(b64, binascii.b2a_base64(b"x", newline=False), binascii.a2b_base64(b64))
print(binascii.a2b_base64("Z m 9 v\nYmFy"))
try:
    binascii.a2b_base64(b"Zm9v!", strict_mode=True)
except binascii.Error as exc:
    print("strict:", exc)
print(isinstance(binascii.Error("x"), ValueError))
running = 0
for part in (data[:10], data[10:30], data[30:]):
    running = binascii.crc32(part, running)
print("streamed crc32 equal:", running == binascii.crc32(data))
