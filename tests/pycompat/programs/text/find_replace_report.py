# Find-and-replace across a list of lines, reporting line/column of each hit.
lines = [
    "The colour of the sky is grey.",
    "My favourite colour is blue; the neighbour's is grey.",
    "No British spellings here.",
    "Colour, flavour, honour.",
]
replacements = {"colour": "color", "favourite": "favorite", "grey": "gray",
                "neighbour": "neighbor", "flavour": "flavor", "honour": "honor"}

hits = []
new_lines = []
for lineno, line in enumerate(lines, start=1):
    lower = line.lower()
    for old in replacements:
        start = 0
        while (idx := lower.find(old, start)) != -1:
            hits.append((lineno, idx + 1, line[idx:idx + len(old)]))
            start = idx + len(old)
    fixed = line
    for old, new in replacements.items():
        fixed = fixed.replace(old, new).replace(old.capitalize(), new.capitalize())
    new_lines.append(fixed)

hits.sort()
for lineno, col, word in hits:
    print(f"line {lineno}, col {col:>2}: {word}")
print(f"{len(hits)} replacements")
for before, after in zip(lines, new_lines):
    if before != after:
        print(f"- {before}\n+ {after}")
print("count of 'is':", sum(l.count("is") for l in new_lines))
print("index of 'blue':", new_lines[1].index("blue"), "rfind 'r':", new_lines[1].rfind("r"))
print("startswith:", [l.startswith(("The", "No")) for l in new_lines])
