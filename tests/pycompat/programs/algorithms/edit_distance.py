# Levenshtein edit distance with the sequence of operations, plus a fuzzy matcher.

def edit_distance(a: str, b: str) -> tuple[int, list[str]]:
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        dp[i][0] = i
    for j in range(n + 1):
        dp[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    ops = []
    i, j = m, n
    while i > 0 or j > 0:
        if i > 0 and j > 0 and a[i - 1] == b[j - 1] and dp[i][j] == dp[i - 1][j - 1]:
            i, j = i - 1, j - 1
        elif i > 0 and j > 0 and dp[i][j] == dp[i - 1][j - 1] + 1:
            ops.append(f"replace {a[i - 1]!r}->{b[j - 1]!r} at {i - 1}")
            i, j = i - 1, j - 1
        elif i > 0 and dp[i][j] == dp[i - 1][j] + 1:
            ops.append(f"delete {a[i - 1]!r} at {i - 1}")
            i -= 1
        else:
            ops.append(f"insert {b[j - 1]!r} at {i}")
            j -= 1
    return dp[m][n], ops[::-1]


def closest(word: str, vocabulary: list[str]) -> str:
    return min(vocabulary, key=lambda w: (edit_distance(word, w)[0], w))


def main() -> None:
    pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"),
             ("intention", "execution")]
    for a, b in pairs:
        d, ops = edit_distance(a, b)
        print(f"{a!r} -> {b!r}: distance {d}")
        for op in ops:
            print("   ", op)
    vocab = ["apple", "banana", "orange", "grape", "pineapple", "mango"]
    for typo in ["aple", "bananna", "orang", "mangoo", "grap"]:
        print(f"did you mean {closest(typo, vocab)!r} for {typo!r}?")


if __name__ == "__main__":
    main()
