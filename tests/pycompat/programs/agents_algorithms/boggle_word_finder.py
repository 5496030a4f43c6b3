# Boggle solver: DFS over a letter grid with a prefix set for pruning, scoring found words by length
from functools import lru_cache
from typing import List, Set, Tuple

BOARD = ["RATS", "ETON", "PILE", "SAND"]
WORDS = """rat rats rate tore tone tones note notes one ones ton tons pile piles pin pins line lines
lion lions tile tiles site sand sane pane panel plane lane lean tea tear tort rot rote torn pint oil
toil toils soil nod pier ripe tip tips spit spin pit pits lip lips sap spa tap tape rap neon eon""".split()
ROWS, COLS = len(BOARD), len(BOARD[0])
DICT: Set[str] = {w.upper() for w in WORDS}
PREFIXES: Set[str] = {w[:i] for w in DICT for i in range(1, len(w) + 1)}


def neighbors(r: int, c: int) -> List[Tuple[int, int]]:
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
            if (dr or dc) and 0 <= r + dr < ROWS and 0 <= c + dc < COLS]


def solve() -> Set[str]:
    found: Set[str] = set()

    def dfs(r: int, c: int, prefix: str, used: Set[Tuple[int, int]]) -> None:
        word = prefix + BOARD[r][c]
        if word not in PREFIXES:
            return
        if len(word) >= 3 and word in DICT:
            found.add(word)
        used.add((r, c))
        for nr, nc in neighbors(r, c):
            if (nr, nc) not in used:
                dfs(nr, nc, word, used)
        used.discard((r, c))

    for r in range(ROWS):
        for c in range(COLS):
            dfs(r, c, "", set())
    return found


@lru_cache(maxsize=None)
def score(word: str) -> int:
    return {3: 1, 4: 1, 5: 2, 6: 3, 7: 5}.get(len(word), 11)


print("\n".join(" ".join(row) for row in BOARD))
found = solve()
by_len = sorted(found, key=lambda w: (-len(w), w))
print(f"found {len(found)} words, total score {sum(map(score, found))}")
for length in sorted({len(w) for w in found}, reverse=True):
    print(f"  {length} letters: {', '.join(w.lower() for w in by_len if len(w) == length)}")
missed = sorted(w for w in DICT if w not in found and len(w) >= 3)
print("dictionary words not on board:", len(missed), missed[:6])
print("prefix pruning table size:", len(PREFIXES), "| neighbors of corner:", neighbors(0, 0))
