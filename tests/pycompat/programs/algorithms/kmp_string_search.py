# Knuth-Morris-Pratt substring search compared with str.find and naive search.

def prefix_function(pattern: str) -> list[int]:
    pi = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = pi[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        pi[i] = k
    return pi


def kmp_search(text: str, pattern: str) -> list[int]:
    if not pattern:
        return list(range(len(text) + 1))
    pi = prefix_function(pattern)
    hits = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = pi[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = pi[k - 1]
    return hits


def naive_search(text: str, pattern: str) -> list[int]:
    return [i for i in range(len(text) - len(pattern) + 1) if text[i:i + len(pattern)] == pattern]


def main() -> None:
    print("prefix 'ababaca':", prefix_function("ababaca"))
    print("prefix 'aabaaab':", prefix_function("aabaaab"))
    text = "abracadabra abracadabra cadabra"
    for pat in ["abra", "cad", "a", "xyz", "abracadabra", "bra c"]:
        hits = kmp_search(text, pat)
        assert hits == naive_search(text, pat)
        print(f"{pat!r}: {hits} first={text.find(pat)} count={text.count(pat)}")
    dna = "ACGTACGTTACGACGTACGT" * 3
    print("DNA ACGT positions:", kmp_search(dna, "ACGT"))
    print("overlapping 'aa' in 'aaaaa':", kmp_search("aaaaa", "aa"), "str.count:", "aaaaa".count("aa"))


if __name__ == "__main__":
    main()
