# Generator-based coroutines using send(): running average and a tokenizer state machine
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


def accumulate_words():
    words: list[str] = []
    try:
        while True:
            chunk = yield len(words)
            words.extend(chunk.split())
    except GeneratorExit:
        print("  accumulator closed with", len(words), "words")


avg = running_average()
print("primed:", next(avg))
for reading in [10, 20, 15, 40, 5.5]:
    print(f"send {reading:>5} -> average {avg.send(reading):.3f}")
try:
    avg.send(None)
except StopIteration as stop:
    print("finished after", stop.value, "values")

acc = accumulate_words()
next(acc)
for text in ["the quick", "brown fox jumps", "", "over"]:
    print(f"after {text!r}: {acc.send(text)} words")
acc.close()


def echo_upper():
    received = yield "ready"
    while True:
        try:
            received = yield received.upper()
        except ValueError as e:
            received = yield f"error handled: {e}"


e = echo_upper()
print(next(e))
print(e.send("hello"))
print(e.throw(ValueError("bad input")))
print(e.send("again"))
