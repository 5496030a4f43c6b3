words = []
for i in range(200000):
    s = "word%d" % i
    words.append(s.upper().replace("WORD", "w").strip())
text = ",".join(words)
parts = text.split(",")
assert len(parts) == 200000 and parts[5] == "w5"
