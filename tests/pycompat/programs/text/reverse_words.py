# Reverse strings, words and sentences in several ways.
def reverse_each_word(sentence: str) -> str:
    return " ".join(word[::-1] for word in sentence.split())


def reverse_word_order(sentence: str) -> str:
    return " ".join(reversed(sentence.split()))


sentences = ["Hello World", "The quick brown fox", "Python is awesome", "a"]
for s in sentences:
    print(f"original:      {s}")
    print(f"reversed:      {s[::-1]}")
    print(f"each word:     {reverse_each_word(s)}")
    print(f"word order:    {reverse_word_order(s)}")
    print(f"every 2nd ch:  {s[::2]}")
    print(f"last 3 rev:    {s[-1:-4:-1]}")

s = "stressed"
print(s, "->", "".join(reversed(s)))
chars = list("abcdef")
chars.reverse()
print("list reverse:", chars)
print("slice copy:", "abcdef"[1:-1], "step -2:", "abcdef"[::-2])
