# Recursive algorithms: Tower of Hanoi, permutations, subsets, flood fill and Ackermann
def hanoi(n: int, src: str, dst: str, via: str, moves: list) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def permutations(items: list) -> list[list]:
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, item in enumerate(items):
        for perm in permutations(items[:i] + items[i + 1:]):
            result.append([item] + perm)
    return result


def subsets_summing_to(nums: list[int], target: int) -> list[list[int]]:
    if target == 0:
        return [[]]
    if not nums or target < 0:
        return []
    first, rest = nums[0], nums[1:]
    with_first = [[first] + s for s in subsets_summing_to(rest, target - first)]
    return with_first + subsets_summing_to(rest, target)


def flood_fill(grid: list[list[str]], r: int, c: int, old: str, new: str) -> int:
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != old:
        return 0
    grid[r][c] = new
    return 1 + sum(flood_fill(grid, r + dr, c + dc, old, new) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


moves: list = []
hanoi(3, "A", "C", "B", moves)
print(f"hanoi(3): {len(moves)} moves")
for disk, s, d in moves:
    print(f"  move disk {disk} {s} -> {d}")
print("permutations of abc:", ["".join(p) for p in permutations(list("abc"))])
print("count perms of 5:", len(permutations(list(range(5)))))
print("subsets of [2,3,5,7,8] summing to 10:", subsets_summing_to([2, 3, 5, 7, 8], 10))
grid = [list(row) for row in ["..#..", ".##..", "#...#", "..#.."]]
filled = flood_fill(grid, 0, 4, ".", "~")
print("filled cells:", filled)
print("\n".join("".join(row) for row in grid))
print("ackermann(2, 3) =", ackermann(2, 3), "| ackermann(3, 3) =", ackermann(3, 3))


def depth(obj) -> int:
    if isinstance(obj, list):
        return 1 + max((depth(x) for x in obj), default=0)
    return 0


print("nesting depth:", depth([1, [2, [3, [4]], []]]), depth([]), depth(5))
