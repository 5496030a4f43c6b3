# Longest common subsequence and a simple line diff built on it.
from functools import lru_cache


def lcs_table(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = 1 + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    return dp


def lcs(a, b):
    dp = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def diff(old, new):
    dp = lcs_table(old, new)
    i = j = 0
    lines = []
    while i < len(old) or j < len(new):
        if i < len(old) and j < len(new) and old[i] == new[j]:
            lines.append("  " + old[i])
            i += 1
            j += 1
        elif j < len(new) and (i == len(old) or dp[i][j + 1] >= dp[i + 1][j]):
            lines.append("+ " + new[j])
            j += 1
        else:
            lines.append("- " + old[i])
            i += 1
    return lines


def lcs_length_memo(a: str, b: str) -> int:
    @lru_cache(maxsize=None)
    def go(i: int, j: int) -> int:
        if i == len(a) or j == len(b):
            return 0
        if a[i] == b[j]:
            return 1 + go(i + 1, j + 1)
        return max(go(i + 1, j), go(i, j + 1))
    return go(0, 0)


for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("abc", "def"), ("", "abc")]:
    s = "".join(lcs(a, b))
    print(f"LCS({a!r}, {b!r}) = {s!r} len={len(s)} memo={lcs_length_memo(a, b)}")

old = ["def add(a, b):", "    return a + b", "", "print(add(1, 2))"]
new = ["def add(a, b):", "    \"\"\"Add numbers.\"\"\"", "    return a + b", "", "print(add(3, 4))"]
print("\n".join(diff(old, new)))
