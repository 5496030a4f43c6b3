# Delivery route planning: exact TSP by permutations vs nearest-neighbour and 2-opt heuristics
import itertools
import math
from typing import Dict, List, Tuple

STOPS: Dict[str, Tuple[float, float]] = {
    "depot": (0, 0), "bakery": (2, 6), "clinic": (5, 2), "school": (6, 7), "market": (8, 3),
    "library": (1, 9), "garage": (9, 8), "park": (4, 4),
}
DIST = {(a, b): math.dist(STOPS[a], STOPS[b]) for a in STOPS for b in STOPS}


def tour_length(route: List[str]) -> float:
    return sum(DIST[a, b] for a, b in zip(route, route[1:]))


def brute_force() -> Tuple[float, List[str]]:
    others = [s for s in STOPS if s != "depot"]
    best = (math.inf, [])
    for perm in itertools.permutations(others):
        if perm[0] > perm[-1]:
            continue
        route = ["depot", *perm, "depot"]
        best = min(best, (tour_length(route), route))
    return best


def nearest_neighbour(start: str = "depot") -> List[str]:
    route, left = [start], set(STOPS) - {start}
    while left:
        here = route[-1]
        nxt = min(sorted(left), key=lambda s: DIST[here, s])
        route.append(nxt)
        left.remove(nxt)
    return route + [start]


def two_opt(route: List[str]) -> List[str]:
    improved = True
    while improved:
        improved = False
        for i, j in itertools.combinations(range(1, len(route) - 1), 2):
            candidate = route[:i] + route[i:j + 1][::-1] + route[j + 1:]
            if tour_length(candidate) < tour_length(route) - 1e-12:
                route, improved = candidate, True
    return route


opt_len, opt_route = brute_force()
nn = nearest_neighbour()
improved = two_opt(nn)
print(f"optimal     {opt_len:7.3f}  {' > '.join(opt_route)}")
print(f"nearest nb  {tour_length(nn):7.3f}  {' > '.join(nn)}")
print(f"2-opt       {tour_length(improved):7.3f}  {' > '.join(improved)}")
print(f"heuristic gap: {tour_length(nn) / opt_len - 1:.1%} -> {tour_length(improved) / opt_len - 1:.1%}")
print("permutations examined:", math.factorial(len(STOPS) - 1) // 2)
far = max(((a, b) for a, b in DIST if a < b), key=lambda p: DIST[p])
print(f"farthest pair: {far[0]}-{far[1]} {DIST[far]:.3f}")
legs = [(a, b, round(DIST[a, b], 2)) for a, b in zip(opt_route, opt_route[1:])]
print("longest leg on optimal tour:", max(legs, key=lambda t: t[2]))
