# Explore Unicode text handling: accents, case mapping, casefold and normalization.
import unicodedata

words = ["café", "naïve", "Straße", "ÉCOLE", "Ωmega", "日本語", "façade", "résumé"]

for w in words:
    print(f"{w}: len={len(w)} upper={w.upper()} lower={w.lower()} isalpha={w.isalpha()}")

print("'ß'.upper() =", "ß".upper())
print("'straße' == 'STRASSE' casefold:", "straße".casefold() == "STRASSE".casefold())
print("'straße' == 'STRASSE' lower:", "straße".lower() == "STRASSE".lower())

composed = "é"
decomposed = unicodedata.normalize("NFD", composed)
print("NFC len:", len(composed), "NFD len:", len(decomposed))
print("equal raw:", composed == decomposed)
print("equal after NFC:", unicodedata.normalize("NFC", decomposed) == composed)


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


for w in words:
    print(f"  {w} -> {strip_accents(w)}")

print("encoded bytes:", "café".encode("utf-8"))
print("decoded:", b"caf\xc3\xa9".decode("utf-8"))
print("code points:", [hex(ord(c)) for c in "€uro"])
print("isdigit:", "٣".isdigit(), "isnumeric ½:", "½".isnumeric(), "isdecimal 5:", "5".isdecimal())
print("sorted casefold:", sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.casefold))
