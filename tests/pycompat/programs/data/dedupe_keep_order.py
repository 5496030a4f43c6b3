# Remove duplicates from lists while keeping the original order.
emails = ["a@x.com", "b@x.com", "A@x.com", "c@x.com", "b@x.com", "a@x.com", "d@x.com"]

print("dict.fromkeys:", list(dict.fromkeys(emails)))

seen = set()
unique_ci = []
for e in emails:
    key = e.lower()
    if key not in seen:
        seen.add(key)
        unique_ci.append(e)
print("case-insensitive:", unique_ci)

nums = [3, 1, 3, 2, 1, 5, 2, 8, 3]
print("numbers:", list(dict.fromkeys(nums)))
print("sorted unique:", sorted(set(nums)))

records = [{"id": 1, "v": "a"}, {"id": 2, "v": "b"}, {"id": 1, "v": "c"}, {"id": 3, "v": "d"}, {"id": 2, "v": "e"}]
first_by_id = {}
for r in records:
    first_by_id.setdefault(r["id"], r)
print("first occurrence:", list(first_by_id.values()))
last_by_id = {r["id"]: r for r in records}
print("last occurrence:", list(last_by_id.values()))

dups = [x for i, x in enumerate(nums) if x in nums[:i]]
print("duplicate entries:", dups, "-> distinct duplicates:", list(dict.fromkeys(dups)))
pairs = [(1, 2), (2, 1), (1, 2), (3, 4)]
print("unordered pair dedupe:", list(dict.fromkeys(tuple(sorted(p)) for p in pairs)))
