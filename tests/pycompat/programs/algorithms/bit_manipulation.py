# Bit manipulation tricks: popcount, lowest set bit, power of two, bit reversal, gray code.

def popcount(n: int) -> int:
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def reverse_bits(n: int, width: int = 8) -> int:
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


def gray(n: int) -> int:
    return n ^ (n >> 1)


def main() -> None:
    print(f"{'n':>6} {'bin':>12} {'len':>4} {'pop':>4} {'low':>5} {'pow2':>5}")
    for n in [0, 1, 6, 12, 40, 255, 256, 1023, 4096, 100000]:
        low = n & -n
        assert popcount(n) == bin(n).count("1") == n.bit_count()
        print(f"{n:>6} {bin(n):>12} {n.bit_length():>4} {popcount(n):>4} {low:>5} {str(is_power_of_two(n)):>5}")
    print("negative:", bin(-10), (-10).bit_length(), -10 & 0xFF, ~5, -10 >> 1)
    for n in [1, 2, 13, 0b10110000]:
        r = reverse_bits(n)
        print(f"reverse {n:08b} -> {r:08b} ({r})")
    print("gray codes:", [f"{gray(i):03b}" for i in range(8)])
    flags = 0
    READ, WRITE, EXEC = 1, 2, 4
    flags |= READ | EXEC
    print("flags:", flags, "can write:", bool(flags & WRITE), "can exec:", bool(flags & EXEC))
    flags ^= EXEC
    print("after toggle exec:", flags)
    a, b = 23, 42
    a ^= b
    b ^= a
    a ^= b
    print("xor swap:", a, b)
    nums = [4, 1, 2, 1, 2, 7, 7]
    single = 0
    for x in nums:
        single ^= x
    print("single number:", single)
    print("big:", (1 << 100).bit_length(), (2**64 - 1).bit_count(), hex(1 << 70))


if __name__ == "__main__":
    main()
