# Compress and decompress strings with run-length encoding.
import re
from itertools import groupby


def rle_encode(s: str) -> str:
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def rle_decode(s: str) -> str:
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


def rle_encode_loop(s: str) -> str:
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


samples = ["AAAABBBCCDAA", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "zzzzzzzzzzzz"]
for s in samples:
    enc = rle_encode(s)
    assert enc == rle_encode_loop(s)
    dec = rle_decode(enc)
    ratio = len(enc) / len(s) if s else 0.0
    print(f"{s[:20]!r:24} -> {enc!r:30} ratio={ratio:.2f} ok={dec == s}")
