# Run-length encode and decode strings, using itertools.groupby and a manual loop.
from itertools import groupby
import re


def rle_encode(s: str) -> str:
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def rle_decode(s: str) -> str:
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


def rle_manual(s: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1] = (ch, out[-1][1] + 1)
        else:
            out.append((ch, 1))
    return out


def compress(s: str) -> str:
    """Return the compressed form only if it is shorter."""
    enc = "".join(ch + (str(n) if n > 1 else "") for ch, n in rle_manual(s))
    return enc if len(enc) < len(s) else s


def main() -> None:
    samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
               "aaabccddd", "abc", "", "zzzzzzzzzzzz"]
    for s in samples:
        enc = rle_encode(s)
        dec = rle_decode(enc)
        print(f"{s[:20]!r:24} -> {enc!r} (ok={dec == s})")
        print("   manual:", rle_manual(s)[:5], "compress:", compress(s))
    ratio = len(rle_encode(samples[0])) / len(samples[0])
    print(f"compression ratio: {ratio:.2%}")


if __name__ == "__main__":
    main()
