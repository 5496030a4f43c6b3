# Floyd-Warshall all-pairs shortest paths on a small city road network.

INF = float("inf")
cities = ["Amber", "Birch", "Cedar", "Dover", "Elm"]
roads = {
    ("Amber", "Birch"): 4,
    ("Amber", "Cedar"): 11,
    ("Birch", "Cedar"): 5,
    ("Birch", "Dover"): 9,
    ("Cedar", "Dover"): 2,
    ("Dover", "Elm"): 3,
    ("Cedar", "Elm"): 8,
}

n = len(cities)
idx = {c: i for i, c in enumerate(cities)}
dist = [[0 if i == j else INF for j in range(n)] for i in range(n)]
nxt = [[j if i == j else None for j in range(n)] for i in range(n)]
for (a, b), w in roads.items():
    i, j = idx[a], idx[b]
    dist[i][j] = dist[j][i] = w
    nxt[i][j], nxt[j][i] = j, i

for k in range(n):
    for i in range(n):
        for j in range(n):
            if dist[i][k] + dist[k][j] < dist[i][j]:
                dist[i][j] = dist[i][k] + dist[k][j]
                nxt[i][j] = nxt[i][k]


def route(a, b):
    i, j = idx[a], idx[b]
    if nxt[i][j] is None:
        return []
    out = [a]
    while i != j:
        i = nxt[i][j]
        out.append(cities[i])
    return out


print(" " * 7 + "".join(f"{c:>7}" for c in cities))
for i, c in enumerate(cities):
    print(f"{c:>7}" + "".join(f"{d:>7}" for d in dist[i]))
for a, b in [("Amber", "Elm"), ("Birch", "Elm"), ("Elm", "Amber"), ("Cedar", "Cedar")]:
    print(f"{a} -> {b}: {dist[idx[a]][idx[b]]} via {' > '.join(route(a, b))}")
ecc = {c: max(dist[idx[c]]) for c in cities}
center = min(ecc, key=ecc.get)
print("eccentricities:", ecc)
print("best hub:", center)
