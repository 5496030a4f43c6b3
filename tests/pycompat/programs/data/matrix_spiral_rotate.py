# Rotate a matrix 90 degrees and read it in spiral order.
from typing import List


def rotate_clockwise(m: List[List[int]]) -> List[List[int]]:
    return [list(row) for row in zip(*m[::-1])]


def rotate_counter(m: List[List[int]]) -> List[List[int]]:
    return [list(row) for row in zip(*m)][::-1]


def spiral(m: List[List[int]]) -> List[int]:
    out = []
    m = [row[:] for row in m]
    while m:
        out.extend(m.pop(0))
        m = [list(r) for r in zip(*m)][::-1]
    return out


def show(title: str, m: List[List[int]]) -> None:
    print(title)
    for row in m:
        print("  " + " ".join(f"{v:3d}" for v in row))


grid = [[r * 4 + c + 1 for c in range(4)] for r in range(3)]
show("original 3x4:", grid)
show("clockwise:", rotate_clockwise(grid))
show("counter-clockwise:", rotate_counter(grid))
show("180 degrees:", rotate_clockwise(rotate_clockwise(grid)))
print("four rotations is identity:", rotate_clockwise(rotate_clockwise(rotate_clockwise(rotate_clockwise(grid)))) == grid)
print("spiral 3x4:", spiral(grid))
print("spiral 4x4:", spiral([[r * 4 + c for c in range(4)] for r in range(4)]))
print("spiral 1x1:", spiral([[7]]), "empty:", spiral([]))
flipped_h = [row[::-1] for row in grid]
show("mirror:", flipped_h)
