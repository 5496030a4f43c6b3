# Merge sort implementation with inversion counting.

def merge_sort(arr):
    """Sort arr and return (sorted_list, inversion_count)."""
    if len(arr) <= 1:
        return list(arr), 0
    mid = len(arr) // 2
    left, inv_left = merge_sort(arr[:mid])
    right, inv_right = merge_sort(arr[mid:])
    merged = []
    i = j = 0
    inversions = inv_left + inv_right
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            inversions += len(left) - i
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged, inversions


def main():
    tests = [
        [38, 27, 43, 3, 9, 82, 10],
        [1, 20, 6, 4, 5],
        [2, 4, 1, 3, 5],
        list(range(10, 0, -1)),
        ["pear", "apple", "fig", "banana"],
        [3.5, -2.25, 0.0, 1e3, -1e-3],
    ]
    for t in tests:
        result, inv = merge_sort(t)
        print(f"{t} -> {result} (inversions: {inv})")
    words = "the quick brown fox jumps over the lazy dog".split()
    print(merge_sort(words)[0])
    print("stable check:", merge_sort([(1, 'b'), (0, 'z'), (1, 'a')])[0])


if __name__ == "__main__":
    main()
