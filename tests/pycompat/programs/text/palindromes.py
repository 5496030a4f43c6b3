# Find palindromic words and sentences, ignoring punctuation and case.
def is_palindrome(s: str) -> bool:
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]


phrases = [
    "A man, a plan, a canal: Panama",
    "racecar",
    "hello",
    "Was it a car or a cat I saw?",
    "No 'x' in Nixon",
    "Python",
    "Madam, in Eden, I'm Adam",
    "",
]

for p in phrases:
    print(f"{p!r:40} -> {is_palindrome(p)}")

words = "level noon civic kayak refer stats rotor banana apple deed".split()
pals = [w for w in words if is_palindrome(w)]
print("Palindromic words:", pals)
print("Count:", len(pals))


def longest_palindromic_substring(s: str) -> str:
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba"]:
    print(s, "->", longest_palindromic_substring(s))
