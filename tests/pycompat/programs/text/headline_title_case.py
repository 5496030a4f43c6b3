# Convert headlines to proper title case, keeping small words lowercase.
SMALL_WORDS = {"a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "from", "by", "of", "in", "with"}


def title_case(headline: str) -> str:
    words = headline.lower().split()
    result = []
    for i, word in enumerate(words):
        if 0 < i < len(words) - 1 and word in SMALL_WORDS:
            result.append(word)
        elif "-" in word:
            result.append("-".join(part.capitalize() for part in word.split("-")))
        else:
            result.append(word[0].upper() + word[1:])
    return " ".join(result)


headlines = [
    "the lord of the rings",
    "a tale of two cities",
    "STATE-OF-THE-ART machine learning in the cloud",
    "what to do when your code won't compile",
    "python's rise to the top of the charts",
    "of mice and men",
]

for h in headlines:
    print(f"{h}")
    print(f"  title():      {h.title()}")
    print(f"  capitalize(): {h.capitalize()}")
    print(f"  custom:       {title_case(h)}")
    print(f"  swapcase():   {h.swapcase()}")
