# Extract structured fields from text using regex named groups and backreferences.
import re

records = """
Name: John Smith, Age: 34, Email: john.smith@example.com
Name: Jane Doe, Age: 28, Email: jane@doe.org
Name: Bob, Age: unknown, Email: bob@site.net
Name: Alice Wong, Age: 41, Email: alice.w@uni.edu
"""

pattern = re.compile(r"Name: (?P<name>[^,]+), Age: (?P<age>\d+), Email: (?P<email>\S+)")

people = []
for m in pattern.finditer(records):
    d = m.groupdict()
    d["age"] = int(d["age"])
    people.append(d)
    print(f"span={m.span()} name={m.group('name')!r} age={d['age']} email={m['email']}")

print("Matched:", len(people))
print("Average age:", sum(p["age"] for p in people) / len(people))

swapped = re.sub(r"Name: (?P<first>\w+) (?P<last>\w+)", r"Name: \g<last>, \g<first>", records)
print(swapped.strip())

doubled = re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the regex")
print("Doubled words:", doubled)
print("Fixed:", re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", "this is is a test test of the the regex"))

date = re.search(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", "Released on 2023-07-14 worldwide")
if date:
    print("groups:", date.groups(), "year:", date["y"], "start:", date.start(), "end:", date.end())
    print("reformatted:", date.expand(r"\g<d>/\g<m>/\g<y>"))
