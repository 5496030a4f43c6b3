# Tokenize text and arithmetic expressions with re.split and re.findall.
import re

print(re.split(r"[,;\s]+", "apple, banana;cherry  date,,fig"))
print(re.split(r"(\d+)", "abc123def45gh6"))
print(re.split(r"\s*[|]\s*", "a | b|c |  d"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"(?<=[.!?])\s+", "Hello there. How are you? I'm fine! Thanks."))

expr = "3 + 4.5 * (2 - 1) / x1 ** 2"
TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/()]))")
tokens = []
pos = 0
while pos < len(expr):
    m = TOKEN_RE.match(expr, pos)
    if not m:
        print("bad char at", pos)
        break
    num, name, op = m.groups()
    if num:
        tokens.append(("NUM", num))
    elif name:
        tokens.append(("NAME", name))
    elif op:
        tokens.append(("OP", op))
    pos = m.end()
for t in tokens:
    print(f"  {t[0]:5} {t[1]}")
print("token count:", len(tokens))
print("words:", re.findall(r"\b\w+\b", "It's a dog-eat-dog world, isn't it?"))
print("words w/ apostrophes:", re.findall(r"[\w']+", "It's a dog-eat-dog world, isn't it?"))
