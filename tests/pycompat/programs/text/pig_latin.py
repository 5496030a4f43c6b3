# Translate English sentences into Pig Latin, preserving capitalization and punctuation.
import re

VOWELS = "aeiouAEIOU"


def pig_word(word: str) -> str:
    if not word.isalpha():
        return word
    if word[0] in VOWELS:
        result = word + "way"
    else:
        idx = next((i for i, c in enumerate(word) if c in VOWELS), len(word))
        if word[idx - 1:idx + 1].lower() == "qu":
            idx += 1
        result = word[idx:] + word[:idx] + "ay"
    if word[0].isupper():
        result = result.capitalize()
    return result


def translate(sentence: str) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: pig_word(m.group()), sentence)


for s in ["Hello world", "The quick brown fox jumps!", "I love Python programming.",
          "Queen squid rhythm", "Apple, eggs, and string."]:
    print(f"{s}\n  -> {translate(s)}")
