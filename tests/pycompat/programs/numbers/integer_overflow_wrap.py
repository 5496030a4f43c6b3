# Emulate fixed-width integer arithmetic (C-style int32/uint8 wraparound) in Python.

def to_int32(n: int) -> int:
    n &= 0xFFFFFFFF
    return n - (1 << 32) if n & 0x80000000 else n


def to_uint8(n: int) -> int:
    return n & 0xFF


def to_int8(n: int) -> int:
    n &= 0xFF
    return n - 256 if n >= 128 else n


def fnv1a_32(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def java_string_hash(s: str) -> int:
    h = 0
    for ch in s:
        h = to_int32(31 * h + ord(ch))
    return h


INT32_MAX = 2**31 - 1
print("INT32_MAX + 1 ->", to_int32(INT32_MAX + 1))
print("-INT32_MIN ->", to_int32(-(-(2**31))))
print("200 + 100 as uint8:", to_uint8(200 + 100), "as int8:", to_int8(200 + 100))
print("int8 range:", [to_int8(x) for x in (0, 127, 128, 255, 256, -129)])
print("two's complement of -5 (8 bit):", format(to_uint8(-5), "08b"))
print("1 << 31 as int32:", to_int32(1 << 31), "0xFFFFFFFF:", to_int32(0xFFFFFFFF))
print("factorials in int32:", [to_int32(f) for f in (1, 2, 6, 24, 479001600, 6227020800)])
for word in ["", "a", "hello", "Hello, World!"]:
    print(f"fnv1a({word!r}) = {fnv1a_32(word.encode()):#010x}  java_hash = {java_string_hash(word)}")
x = 1
for i in range(40):
    x = to_int32(x * 3)
print("3**40 in int32:", x, "python int:", 3**40)
print("rotate left 8:", hex(((0x12345678 << 8) | (0x12345678 >> 24)) & 0xFFFFFFFF))
