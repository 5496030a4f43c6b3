# Normalize user-entered names: strip accents, compare case-insensitively, build slugs and display widths.
import unicodedata
from typing import List

NAMES = ["José Álvarez", "Jose Alvarez", "Zoë Ångström", "Ｆｕｌｌ Ｗｉｄｔｈ", "Ŝtefan Çelik",
         "naïve café", "Straße", "Łukasz", "東京 Tower", "e\u0301clair"]


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str) -> str:
    ascii_text = strip_accents(text).encode("ascii", "ignore").decode("ascii").lower()
    words, cur = [], []
    for ch in ascii_text:
        if ch.isalnum():
            cur.append(ch)
        elif cur:
            words.append("".join(cur))
            cur = []
    if cur:
        words.append("".join(cur))
    return "-".join(words)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def categories(text: str) -> List[str]:
    seen: List[str] = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat not in seen:
            seen.append(cat)
    return seen


for name in NAMES:
    nfc = unicodedata.normalize("NFC", name)
    print(f"{slugify(name):<16} width={display_width(name):>2} len={len(name):>2}/{len(nfc):>2} "
          f"cats={categories(name)}")

print(strip_accents(NAMES[0]).casefold() == NAMES[1].casefold())
print(unicodedata.normalize("NFC", NAMES[-1]) == "éclair", len(NAMES[-1]), len(unicodedata.normalize("NFC", NAMES[-1])))
print([unicodedata.decomposition(c) for c in "é½ﬁ"])
print(unicodedata.numeric("¾"), unicodedata.digit("9"), unicodedata.decimal("٧"), unicodedata.numeric("x", None))
print(unicodedata.normalize("NFKC", "ﬁnal ①②③ ㎏"), unicodedata.is_normalized("NFD", "é"))
