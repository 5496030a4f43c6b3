# Parse and format integers in binary, octal, and hex; fixed-width bit strings.

values = [0, 5, 42, 255, 1024, -17]
for n in values:
    print(f"{n:>5}: bin={bin(n):>13} oct={oct(n):>7} hex={hex(n):>6} "
          f"format_b={format(n, 'b'):>11} 08b={n:08b} #x={n:#x} X={n:X} #010b={n:#010b}")

inputs = [("1010", 2), ("ff", 16), ("FF", 16), ("0o17", 0), ("0x1f", 0), ("0b11", 0),
          ("z", 36), ("  42  ", 10), ("-101", 2), ("1_000_000", 10), ("12", 3)]
for s, base in inputs:
    print(f"int({s!r}, {base}) -> {int(s, base)}")

for bad in ["12", "0x", "", "1.5", "abc"]:
    try:
        print(int(bad, 2))
    except ValueError as e:
        print(f"int({bad!r}, 2) -> {type(e).__name__}")

ip = "192.168.1.77"
packed = 0
for part in ip.split("."):
    packed = packed << 8 | int(part)
print(f"{ip} -> {packed} -> {packed:032b} -> {packed:#010x}")
back = ".".join(str(packed >> shift & 0xFF) for shift in (24, 16, 8, 0))
print("unpacked:", back)
mask_bits = 20
mask = (0xFFFFFFFF << (32 - mask_bits)) & 0xFFFFFFFF
print(f"/{mask_bits} mask: {mask:032b} = {'.'.join(str(mask >> s & 255) for s in (24, 16, 8, 0))}")
color = "#1E90FF"
r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
print(f"{color} -> rgb({r}, {g}, {b}) -> back #{r:02X}{g:02X}{b:02X}")
print("octal permissions:", oct(0o755), f"{0o644:o}", int("755", 8))
