# Heap sort implemented by hand, compared against heapq.
import heapq


def sift_down(arr: list, start: int, end: int) -> None:
    root = start
    while True:
        child = 2 * root + 1
        if child > end:
            break
        if child + 1 <= end and arr[child] < arr[child + 1]:
            child += 1
        if arr[root] < arr[child]:
            arr[root], arr[child] = arr[child], arr[root]
            root = child
        else:
            break


def heap_sort(arr: list) -> list:
    arr = list(arr)
    n = len(arr)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(arr, start, n - 1)
    print("max-heap:", arr)
    for end in range(n - 1, 0, -1):
        arr[0], arr[end] = arr[end], arr[0]
        sift_down(arr, 0, end - 1)
    return arr


def main() -> None:
    nums = [12, 11, 13, 5, 6, 7, 1, 99, -4, 13]
    print("input:", nums)
    result = heap_sort(nums)
    print("heap_sort:", result)
    h = list(nums)
    heapq.heapify(h)
    print("heapq heapify:", h)
    via_heapq = [heapq.heappop(h) for _ in range(len(h))]
    print("heapq pops:", via_heapq)
    print("equal:", result == via_heapq)
    print("3 largest:", heapq.nlargest(3, nums))
    print("3 smallest:", heapq.nsmallest(3, nums))


if __name__ == "__main__":
    main()
