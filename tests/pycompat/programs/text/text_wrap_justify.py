# Wrap and fully justify a paragraph to a fixed width.
import textwrap

PARAGRAPH = ("Python is a high-level, general-purpose programming language. Its design "
             "philosophy emphasizes code readability with the use of significant indentation. "
             "Python is dynamically typed and garbage-collected. It supports multiple "
             "programming paradigms, including structured, object-oriented and functional programming.")


def justify(words: list, width: int) -> list:
    lines, current = [], []
    for w in words:
        if current and len(" ".join(current + [w])) > width:
            lines.append(current)
            current = []
        current.append(w)
    out = []
    for line in lines:
        if len(line) == 1:
            out.append(line[0].ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(len(w) for w in line)
        base, extra = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(line[:-1]):
            s += w + " " * (base + (1 if i < extra else 0))
        out.append(s + line[-1])
    out.append(" ".join(current).ljust(width))
    return out


width = 40
print("textwrap.fill:")
print(textwrap.fill(PARAGRAPH, width=width))
print()
print("Justified:")
for line in justify(PARAGRAPH.split(), width):
    print(f"|{line}|")
print()
print("Indented:")
print(textwrap.indent(textwrap.fill(PARAGRAPH, 50), "> "))
print()
print("Shortened:", textwrap.shorten(PARAGRAPH, width=60, placeholder=" [...]"))
print(textwrap.dedent("""
    def hello():
        return 'hi'
""").strip())
print("wrap count:", len(textwrap.wrap(PARAGRAPH, 30)))
