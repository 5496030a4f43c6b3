# Use re.sub with replacement functions to transform text.
import re


def double_numbers(match: re.Match) -> str:
    return str(int(match.group()) * 2)


text = "I have 3 apples, 12 oranges and 100 grapes."
print(re.sub(r"\d+", double_numbers, text))
print(re.sub(r"\d+", lambda m: f"<{m.group()}>", text))

prices = "Coffee $3.50, Bagel $2.25, Juice $4"
with_tax = re.sub(r"\$(\d+(?:\.\d+)?)", lambda m: f"${float(m.group(1)) * 1.08:.2f}", prices)
print(with_tax)

censored = re.sub(r"\b(darn|heck|shoot)\b", lambda m: m.group()[0] + "*" * (len(m.group()) - 1), "Oh darn, what the heck, shoot!", flags=re.IGNORECASE)
print(censored)

template = "Hello {name}, your order {order_id} ships {when}. {unknown} stays."
values = {"name": "Sam", "order_id": "A-1001", "when": "tomorrow"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))

new, count = re.subn(r"\s+", " ", "too    many   spaces\there\n\nand there")
print(repr(new), "replacements:", count)
print(re.sub(r"a", "A", "banana", count=2))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "contact: joe@acme.com, ann@corp.com"))
caps = re.sub(r"(^|\.\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), "first sentence. second one.  third here.")
print(caps)
