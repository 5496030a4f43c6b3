# Find words hidden in a letter grid in all eight directions.
GRID = """\
PYTHONX
AELOOPQ
RSTRING
SQBCODE
EUTBYTE
LIDICTS
XASTACK"""

WORDS = ["PYTHON", "STRING", "CODE", "BYTE", "STACK", "LOOP", "PARSE", "DICT", "JAVA", "NOHT"]
DIRECTIONS = {"E": (0, 1), "W": (0, -1), "S": (1, 0), "N": (-1, 0),
              "SE": (1, 1), "NW": (-1, -1), "NE": (-1, 1), "SW": (1, -1)}

rows = GRID.splitlines()
h, w = len(rows), len(rows[0])


def find(word):
    for r in range(h):
        for c in range(w):
            for name, (dr, dc) in DIRECTIONS.items():
                end_r, end_c = r + dr * (len(word) - 1), c + dc * (len(word) - 1)
                if not (0 <= end_r < h and 0 <= end_c < w):
                    continue
                if all(rows[r + dr * i][c + dc * i] == ch for i, ch in enumerate(word)):
                    return (r, c, name)
    return None


found = {}
for word in WORDS:
    loc = find(word)
    if loc:
        found[word] = loc
        print(f"{word:7} found at row {loc[0]}, col {loc[1]} going {loc[2]}")
    else:
        print(f"{word:7} not found")

mask = [["." for _ in range(w)] for _ in range(h)]
for word, (r, c, d) in found.items():
    dr, dc = DIRECTIONS[d]
    for i in range(len(word)):
        mask[r + dr * i][c + dc * i] = rows[r + dr * i][c + dc * i]
print("\n".join(" ".join(row) for row in mask))
print(f"{len(found)}/{len(WORDS)} words found")
