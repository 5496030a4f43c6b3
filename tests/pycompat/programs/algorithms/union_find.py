# Disjoint-set union with path compression and union by rank; Kruskal's MST.

class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

    def __repr__(self) -> str:
        return f"UnionFind(count={self.count})"


def kruskal(n, edges):
    uf = UnionFind(n)
    mst = []
    total = 0
    for w, u, v in sorted(edges):
        if uf.union(u, v):
            mst.append((u, v, w))
            total += w
    return mst, total


def main():
    uf = UnionFind(10)
    pairs = [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (0, 2), (8, 8)]
    for a, b in pairs:
        merged = uf.union(a, b)
        print(f"union({a}, {b}) -> {merged}; {uf}")
    groups = {}
    for i in range(10):
        groups.setdefault(uf.find(i), []).append(i)
    print("groups:", sorted(groups.values()))
    print("connected(0,3):", uf.find(0) == uf.find(3))
    print("connected(0,4):", uf.find(0) == uf.find(4))

    edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4),
             (5, 2, 4), (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
    mst, total = kruskal(7, edges)
    for u, v, w in mst:
        print(f"  edge {u}-{v} weight {w}")
    print("MST total weight:", total)


if __name__ == "__main__":
    main()
