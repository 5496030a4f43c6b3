# Huffman compression: build a code table with heapq, encode and decode a message.
import heapq
from collections import Counter
from itertools import count


def build_codes(text: str) -> dict[str, str]:
    freq = Counter(text)
    tiebreak = count()
    heap = [(f, next(tiebreak), ch) for ch, f in sorted(freq.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        f1, _, left = heapq.heappop(heap)
        f2, _, right = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, next(tiebreak), (left, right)))
    codes: dict[str, str] = {}

    def walk(node, prefix: str) -> None:
        if isinstance(node, str):
            codes[node] = prefix
            return
        walk(node[0], prefix + "0")
        walk(node[1], prefix + "1")

    walk(heap[0][2], "")
    return codes


def encode(text: str, codes: dict[str, str]) -> str:
    return "".join(codes[ch] for ch in text)


def decode(bits: str, codes: dict[str, str]) -> str:
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    return "".join(out)


def main() -> None:
    text = "this is an example of a huffman tree"
    codes = build_codes(text)
    freq = Counter(text)
    for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
        print(f"{ch!r}: freq={freq[ch]:>2} code={codes[ch]}")
    bits = encode(text, codes)
    print("encoded bits:", len(bits), "vs fixed 8-bit:", len(text) * 8)
    print("first 40 bits:", bits[:40])
    print("decoded ok:", decode(bits, codes) == text)
    print(f"compression: {len(bits) / (len(text) * 8):.3f}")
    print("single char:", build_codes("aaaa"))


if __name__ == "__main__":
    main()
