# Combinations and power sets by hand and with itertools; subset-sum search.
from itertools import chain, combinations, combinations_with_replacement, product
from math import comb


def combos(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    with_first = [[first] + c for c in combos(rest, k - 1)]
    return with_first + combos(rest, k)


def power_set(items):
    return list(chain.from_iterable(combinations(items, r) for r in range(len(items) + 1)))


def subsets_with_sum(nums, target):
    found = []
    n = len(nums)
    for mask in range(1 << n):
        chosen = [nums[i] for i in range(n) if mask >> i & 1]
        if sum(chosen) == target:
            found.append(chosen)
    return found


def main():
    letters = ["a", "b", "c", "d", "e"]
    for k in range(4):
        mine = combos(letters, k)
        lib = [list(c) for c in combinations(letters, k)]
        print(f"C(5,{k}) = {len(mine)} (math.comb: {comb(5, k)}) equal={mine == lib}")
    print("3-combos:", ["".join(c) for c in combos(letters, 3)])
    print("power set of [1,2,3]:", power_set([1, 2, 3]))
    print("with replacement:", list(combinations_with_replacement("AB", 3)))
    dice = [p for p in product(range(1, 7), repeat=2) if sum(p) == 7]
    print("dice pairs summing to 7:", dice)
    nums = [3, 34, 4, 12, 5, 2]
    print("subsets summing to 9:", subsets_with_sum(nums, 9))


if __name__ == "__main__":
    main()
