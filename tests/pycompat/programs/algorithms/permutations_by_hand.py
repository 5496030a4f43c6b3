# Generate permutations recursively and via Heap's algorithm; compare with itertools.
import itertools


def permute(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, x in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for p in permute(rest):
            result.append([x] + p)
    return result


def heaps(n, arr, out):
    if n == 1:
        out.append(tuple(arr))
        return
    for i in range(n - 1):
        heaps(n - 1, arr, out)
        if n % 2 == 0:
            arr[i], arr[n - 1] = arr[n - 1], arr[i]
        else:
            arr[0], arr[n - 1] = arr[n - 1], arr[0]
    heaps(n - 1, arr, out)


def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True


perms = permute([1, 2, 3])
print("recursive:", perms)
out = []
heaps(3, [1, 2, 3], out)
print("heap's:", out)
print("itertools:", list(itertools.permutations([1, 2, 3])))
print("same set:", sorted(map(tuple, perms)) == sorted(out) == list(itertools.permutations([1, 2, 3])))
word = list("abca")
seq = sorted(word)
count = 1
print("".join(seq), end=" ")
while next_permutation(seq):
    count += 1
    print("".join(seq), end=" ")
print()
print("distinct permutations of 'abca':", count)
print("2-permutations of 'xyz':", ["".join(p) for p in itertools.permutations("xyz", 2)])
