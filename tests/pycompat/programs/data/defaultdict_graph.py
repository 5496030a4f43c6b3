# Build a dependency graph with defaultdict and compute a topological build order.
from collections import defaultdict, deque

deps = [
    ("app", "web"), ("app", "db"), ("web", "http"), ("web", "templates"),
    ("db", "driver"), ("http", "sockets"), ("driver", "sockets"), ("templates", "strings"),
]

graph = defaultdict(list)
indegree = defaultdict(int)
for target, dep in deps:
    graph[dep].append(target)
    indegree[target] += 1
    indegree.setdefault(dep, 0)

print("dependents:")
for node in sorted(graph):
    print(f"  {node} -> {graph[node]}")
print("indegree:", dict(sorted(indegree.items())))

queue = deque(sorted(n for n, d in indegree.items() if d == 0))
order = []
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in sorted(graph[node]):
        indegree[nxt] -= 1
        if indegree[nxt] == 0:
            queue.append(nxt)
print("build order:", " -> ".join(order))

nested = defaultdict(lambda: defaultdict(list))
for target, dep in deps:
    nested[target[0]][target].append(dep)
for letter in sorted(nested):
    print(letter, {k: v for k, v in nested[letter].items()})

counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print("word counts:", dict(counts))
print("missing key creates entry:", counts["zebra"], "zebra" in counts)
