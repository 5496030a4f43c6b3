# Use str.translate and str.maketrans for character substitution and removal.
import string

text = "Hello, World! How are you doing today? (Fine, thanks.)"

no_punct = text.translate(str.maketrans("", "", string.punctuation))
print("No punctuation:", no_punct)

leet = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
print("Leet:", text.lower().translate(leet))

swap = str.maketrans("abc", "xyz")
print("Swap abc->xyz:", "aabbcc abc cab".translate(swap))

remove_vowels = str.maketrans("", "", "aeiouAEIOU")
print("No vowels:", text.translate(remove_vowels))

dna = "ATGCGTACGTTAG"
complement = dna.translate(str.maketrans("ATGC", "TACG"))
print("DNA:       ", dna)
print("Complement:", complement)
print("Reverse complement:", complement[::-1])

table = str.maketrans({"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"})
html = '<a href="x">Tom & Jerry</a>'
print("Escaped:", html.translate(table))

spaces = str.maketrans({" ": None, "\t": None, "\n": None})
print("Squashed:", "a b\tc\nd".translate(spaces))
print("Table entries:", sorted(leet.items()))
