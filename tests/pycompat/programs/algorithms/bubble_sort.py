# Implement bubble sort with early exit and count swaps and passes.


def bubble_sort(items: list[int]) -> tuple[list[int], int, int]:
    """Return a sorted copy, the number of swaps and the number of passes."""
    data = list(items)
    swaps = 0
    passes = 0
    n = len(data)
    for i in range(n - 1):
        passes += 1
        swapped = False
        for j in range(n - 1 - i):
            if data[j] > data[j + 1]:
                data[j], data[j + 1] = data[j + 1], data[j]
                swaps += 1
                swapped = True
        print(f"after pass {passes}: {data}")
        if not swapped:
            break
    return data, swaps, passes


def main() -> None:
    samples = [
        [5, 1, 4, 2, 8],
        [1, 2, 3, 4, 5],
        [9, 7, 5, 3, 1],
        [],
        [42],
        [3, -1, 3, 0, -1],
    ]
    for sample in samples:
        result, swaps, passes = bubble_sort(sample)
        print(f"input={sample} sorted={result} swaps={swaps} passes={passes}")
        assert result == sorted(sample)
    print("all bubble sort checks passed")


if __name__ == "__main__":
    main()
