# Translate text to Morse code and back.
MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
REVERSE = {v: k for k, v in MORSE.items()}


class MorseError(ValueError):
    pass


def encode(text: str) -> str:
    words = []
    for word in text.upper().split():
        try:
            words.append(" ".join(MORSE[c] for c in word))
        except KeyError as e:
            raise MorseError(f"cannot encode character {e.args[0]!r}") from None
    return " / ".join(words)


def decode(code: str) -> str:
    return " ".join("".join(REVERSE.get(sym, "?") for sym in word.split()) for word in code.split(" / "))


for msg in ["SOS", "Hello World", "Python 3", "Meet at 9!"]:
    try:
        enc = encode(msg)
        print(f"{msg!r} -> {enc}")
        print(f"   back -> {decode(enc)}")
    except MorseError as e:
        print(f"error: {e}")

print(decode("... --- ... / .-.-.-"))
print("Longest code:", max(MORSE.items(), key=lambda kv: len(kv[1])))
