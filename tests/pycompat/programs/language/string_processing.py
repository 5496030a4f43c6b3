# Text cleanup and formatting with common str methods for a contacts list
raw_contacts = """
  alice SMITH , alice.smith@Example.COM , +1 (555) 010-2000
BOB   jones,BOB@example.com,555.010.3000
  carol de la cruz , carol@@example.com , 5550104000
dave o'neil,dave@example.org,
"""


def clean_name(name: str) -> str:
    return " ".join(part.capitalize() for part in name.split())


def clean_phone(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return "n/a"
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


def valid_email(email: str) -> bool:
    local, sep, domain = email.partition("@")
    return bool(local) and sep == "@" and "@" not in domain and "." in domain


contacts = []
for line in raw_contacts.strip().splitlines():
    name, email, phone = (field.strip() for field in line.split(","))
    contacts.append((clean_name(name), email.lower(), clean_phone(phone)))

for name, email, phone in contacts:
    flag = "" if valid_email(email) else "  <- invalid email"
    print(f"{name:<18}{email:<26}{phone}{flag}")

print("title vs capitalize:", "o'neil de la cruz".title(), "|", "hELLO wORLD".capitalize())
print("center/ljust/rjust:", "[" + "hi".center(8, "*") + "]", "[" + "hi".ljust(5) + "]", "[" + "hi".rjust(5, ".") + "]")
print("strip variants:", repr("  xx  ".strip()), repr("--xx--".lstrip("-")), repr("xx\n".rstrip()))
print("startswith tuple:", "report.pdf".endswith((".pdf", ".doc")), "img.png".startswith(("doc", "img")))
print("find/index/count:", "banana".find("an"), "banana".rfind("an"), "banana".find("z"), "banana".count("a"))
print("replace:", "a-b-c-d".replace("-", "+", 2), "| split maxsplit:", "k=v=w".split("=", 1), "a,b,,c".split(","))
print("rsplit:", "path/to/file.txt".rsplit("/", 1), "| partition:", "key: value".partition(": "))
print("is* checks:", "123".isdigit(), "abc".isalpha(), "a1".isalnum(), "   ".isspace(), "Hi There".istitle())
print("case:", "MiXeD".lower(), "MiXeD".upper(), "MiXeD".swapcase(), "straße".casefold())
print("zfill/expandtabs:", "42".zfill(5), "-7".zfill(4), repr("a\tb".expandtabs(4)))
print("join:", " | ".join(c[0].split()[0] for c in contacts))
print("removeprefix/suffix:", "v1.2.3".removeprefix("v"), "data.csv".removesuffix(".csv"))
print("splitlines:", "one\ntwo\r\nthree".splitlines(), "| encode:", "café".encode("utf-8"))
