# Convert blog post titles into URL-friendly slugs.
import re
import unicodedata


def slugify(title: str, max_len: int = 50) -> str:
    """Create a URL slug from a title."""
    normalized = unicodedata.normalize("NFKD", title)
    ascii_only = normalized.encode("ascii", "ignore").decode("ascii")
    lowered = ascii_only.lower()
    slug = re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug


titles = [
    "Hello World!",
    "10 Tips for Writing Clean Python Code",
    "Café au Lait: A Love Story",
    "   Leading and trailing   spaces   ",
    "Über-cool Naïve Résumé Tricks",
    "What's New in Python 3.12?",
    "C++ vs. Rust -- which is faster??",
    "A very long title that goes on and on and on and will need to be truncated somewhere",
]

seen = {}
for t in titles:
    s = slugify(t)
    if s in seen:
        seen[s] += 1
        s = f"{s}-{seen[s]}"
    else:
        seen[s] = 1
    print(f"{t!r}\n  -> {s}")

print("Total slugs:", len(seen))
