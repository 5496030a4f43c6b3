# Normalize international titles: strip accents with unicodedata, casefold, and build URL slugs.
import re
import unicodedata
from typing import Dict, List

TITLES: List[str] = [
    "Crème Brûlée: A Café Classic",
    "Ñandú sightings in São Paulo",
    "Straße & Maßstab — German Basics",
    "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３",
    "Ångström-level precision (Øresund)",
    "naïve résumé coöperation",
    "Œuvre complète de Zoë",
]
SPECIAL: Dict[str, str] = {"ß": "ss", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}


def strip_accents(text: str) -> str:
    text = "".join(SPECIAL.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str, max_len: int = 40) -> str:
    ascii_text = strip_accents(text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_len].rstrip("-")


def main() -> None:
    for title in TITLES:
        print(f"{title}\n    ascii: {strip_accents(title)}\n    slug:  {slugify(title)}")
    s = "é"
    nfc, nfd = unicodedata.normalize("NFC", s), unicodedata.normalize("NFD", s)
    print("NFC len", len(nfc), "NFD len", len(nfd), "equal:", nfc == nfd, "is_normalized:", unicodedata.is_normalized("NFC", nfc))
    print("names:", [unicodedata.name(c) for c in "é–€"])
    print("categories:", [unicodedata.category(c) for c in "aZ5 -é"])
    print("lookup:", unicodedata.lookup("SNOWMAN"), "numeric:", unicodedata.numeric("½"), unicodedata.decimal("٣"))
    print("casefold:", "Straße".casefold() == "STRASSE".casefold(), "lower:", "Straße".lower() == "strasse")
    print("width:", [unicodedata.east_asian_width(c) for c in "aＡ漢"])
    print("encoded:", "Zoë".encode("utf-8"), "Zoë".encode("latin-1"), "Zoë".encode("ascii", "replace"))


main()
