# Slicing lists, strings and tuples with steps: reversals, palindromes, chunking and rotation
text = "A man, a plan, a canal: Panama"
letters = [c.lower() for c in text if c.isalnum()]
print("reversed string:", text[::-1])
print("is palindrome:", letters == letters[::-1])

nums = list(range(10))
print("evens by slice:", nums[::2], "| odds:", nums[1::2])
print("every third from the end:", nums[::-3])
print("middle:", nums[3:7], "| last three:", nums[-3:], "| all but last two:", nums[:-2])
print("reverse a range slice:", nums[7:2:-1])
print("out-of-range slices are safe:", nums[8:100], nums[50:])

word = "interoperability"
print("first 5 / last 5:", word[:5], word[-5:])
print("every other char:", word[::2])
print("tuple slice:", (10, 20, 30, 40, 50)[1:4], (1, 2, 3, 4, 5, 6)[::-2])


def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]


print("chunks of 4:", chunks(nums, 4))
print("string chunks:", chunks("abcdefghij", 3))
print("rotate left 3:", rotate(nums, 3), "| rotate right 2:", rotate(nums, -2))

grid = nums[:]
grid[::2] = ["x"] * 5
print("assign to extended slice:", grid)
grid[1:4] = []
print("delete via slice:", grid)
del grid[::3]
print("del every third:", grid)
s = slice(1, None, 2)
print("slice object:", "abcdefg"[s], nums[s], s.indices(10))
words = "the quick brown fox jumps".split()
print("reversed words:", " ".join(words[::-1]), "| each reversed:", " ".join(w[::-1] for w in words))
print("copy is equal but distinct:", nums[:] == nums, nums[:] is nums)
