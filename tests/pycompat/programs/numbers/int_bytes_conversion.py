# Convert integers to and from bytes with different byte orders and signedness.

def show_bytes(b: bytes) -> str:
    return " ".join(f"{x:02x}" for x in b)


def main() -> None:
    for n in [0, 1, 255, 256, 1000, 65535, 2**31 - 1, 0xDEADBEEF]:
        big = n.to_bytes(4, "big")
        little = n.to_bytes(4, "little")
        print(f"{n:>10}: big=[{show_bytes(big)}] little=[{show_bytes(little)}]")
        assert int.from_bytes(big, "big") == n == int.from_bytes(little, "little")
    for n in [-1, -128, -129, -32768, 127]:
        b = n.to_bytes(2, "big", signed=True)
        print(f"{n:>7} signed -> {b!r} -> unsigned read {int.from_bytes(b, 'big')}")
    try:
        (256).to_bytes(1, "big")
    except OverflowError:
        print("256 does not fit in one byte: OverflowError")
    try:
        (-1).to_bytes(1, "big")
    except OverflowError:
        print("-1 unsigned: OverflowError")
    data = b"\x01\x02\x03\x04\x05\x06\x07\x08"
    print("u64 big:", int.from_bytes(data, "big"))
    print("u64 little:", int.from_bytes(data, "little"))
    print("u16 pairs:", [int.from_bytes(data[i:i + 2], "big") for i in range(0, 8, 2)])
    n = 2**100 + 12345
    length = (n.bit_length() + 7) // 8
    raw = n.to_bytes(length, "big")
    print(f"2**100+12345 needs {length} bytes: {raw.hex()}")
    print("round trip:", int.from_bytes(raw, "big") == n)
    print("bytes.fromhex:", int.from_bytes(bytes.fromhex("ff00"), "big"))
    checksum = sum(data) & 0xFF
    print("checksum byte:", checksum, bytes([checksum]), bytes([65, 66, 67]))


if __name__ == "__main__":
    main()
