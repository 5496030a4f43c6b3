# Dictionary operations for a student gradebook: get/setdefault/pop/update/merge/sorting
from collections import defaultdict, OrderedDict

grades: dict[str, list[int]] = {}
entries = [("ana", 91), ("ben", 78), ("ana", 85), ("cy", 66), ("ben", 88), ("ana", 97), ("dee", 72)]
for student, score in entries:
    grades.setdefault(student, []).append(score)
print("grades:", grades)

averages = {s: round(sum(v) / len(v), 1) for s, v in grades.items()}
print("averages:", averages)
print("get existing/missing:", averages.get("ana"), averages.get("zed"), averages.get("zed", 0.0))
print("keys/values:", list(averages.keys()), list(averages.values()))
print("sorted by avg:", sorted(averages.items(), key=lambda kv: kv[1], reverse=True))
print("top student:", max(averages, key=averages.get))

removed = averages.pop("cy")
print("popped cy:", removed, "| pop missing with default:", averages.pop("zed", None))
last = averages.popitem()
print("popitem (last inserted):", last, "| remaining:", averages)

averages.update({"eve": 80.0}, ben=90.0)
print("after update:", averages)
merged = averages | {"fay": 75.5, "ana": 100.0}
print("merged with |:", merged)
averages |= {"gus": 60.0}
print("in-place |=:", averages)

by_letter = defaultdict(list)
for s, avg in merged.items():
    by_letter["A" if avg >= 90 else "B" if avg >= 80 else "C"].append(s)
print("by letter:", dict(sorted(by_letter.items())))

counts = defaultdict(int)
for s, _ in entries:
    counts[s] += 1
print("entry counts:", dict(counts), "| missing key default:", counts["nobody"])

od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print("OrderedDict:", list(od.items()))
print("fromkeys:", dict.fromkeys(["x", "y"], []))
print("dict equality ignores order:", {"a": 1, "b": 2} == {"b": 2, "a": 1})
snapshot = dict(grades)
snapshot["ana"].append(50)
print("shallow copy shares lists:", grades["ana"])
try:
    grades["nobody"]
except KeyError as e:
    print("KeyError:", e)
for k in list(grades):
    if len(grades[k]) < 2:
        del grades[k]
print("students with 2+ grades:", list(grades))
print("nested get:", {"a": {"b": {"c": 1}}}.get("a", {}).get("b", {}).get("c"))
