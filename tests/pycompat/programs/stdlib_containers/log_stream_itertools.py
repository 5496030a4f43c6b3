# Process a stream of log lines lazily with itertools (islice, takewhile, dropwhile, tee, pairwise, zip_longest, count, cycle) and operator.
from itertools import islice, takewhile, dropwhile, tee, pairwise, zip_longest, count, cycle, starmap, compress, filterfalse, repeat, chain
from operator import itemgetter, methodcaller, attrgetter
import reprlib

LOG = """09:00:01 INFO boot sequence start
09:00:02 INFO config loaded
09:00:05 WARN disk 81% full
09:00:07 INFO worker 1 up
09:00:07 INFO worker 2 up
09:00:09 ERROR worker 2 crashed
09:00:12 INFO worker 2 restarted
09:00:15 WARN disk 88% full
09:00:20 ERROR disk full
09:00:21 INFO shutdown""".splitlines()


def parse(lines):
    for line in lines:
        stamp, level, message = line.split(" ", 2)
        h, m, s = map(int, stamp.split(":"))
        yield (h * 3600 + m * 60 + s, level, message)


events = list(parse(LOG))
print("first three:", list(islice(map(itemgetter(1), events), 3)))
print("startup msgs:", [e[2] for e in takewhile(lambda e: e[1] == "INFO", events)])
print("from first warning:", len(list(dropwhile(lambda e: e[1] != "WARN", events))), "events")

stamps_a, stamps_b = tee(map(itemgetter(0), events))
gaps = [b - a for a, b in pairwise(stamps_a)]
print("gaps:", gaps, "| longest gap:", max(gaps), "| total span:", list(stamps_b)[-1] - events[0][0])

errors = list(compress(events, [e[1] == "ERROR" for e in events]))
print("errors:", list(map(itemgetter(2), errors)))
print("non-info:", len(list(filterfalse(lambda e: e[1] == "INFO", events))))

for n, (event, worker) in zip(count(1), zip(events[3:6], cycle(["w-a", "w-b"]))):
    print(f"  #{n} {worker} {event[2]}")

left, right = ["a", "b", "c"], [1, 2]
print("zip_longest:", list(zip_longest(left, right, fillvalue=0)))
print("starmap:", list(starmap(pow, [(2, 5), (3, 3)])), "| repeat:", list(repeat("-", 3)))
upper = methodcaller("upper")
print("upper levels:", sorted(set(map(upper, map(itemgetter(1), events)))))
print("reprlib:", reprlib.repr(LOG), reprlib.repr(list(range(50))))
pages = [events[i:i + 4] for i in range(0, len(events), 4)]
print("pages:", [len(p) for p in pages], "| chained back:", len(list(chain.from_iterable(pages))))
print("count repr:", count(5, 2), "| islice of count:", list(islice(count(10, 5), 4)))
