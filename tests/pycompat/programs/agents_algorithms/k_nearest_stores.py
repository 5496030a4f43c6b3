# Find the k nearest stores to customers with heapq.nsmallest, haversine distances and coverage stats
import heapq
import math
from typing import Dict, List, Tuple

STORES: Dict[str, Tuple[float, float]] = {
    "Downtown": (40.7128, -74.0060), "Midtown": (40.7549, -73.9840), "Brooklyn": (40.6782, -73.9442),
    "Queens": (40.7282, -73.7949), "Hoboken": (40.7440, -74.0324), "Bronx": (40.8448, -73.8648),
    "Staten": (40.5795, -74.1502), "Newark": (40.7357, -74.1724),
}
CUSTOMERS = {"c1": (40.7306, -73.9866), "c2": (40.6501, -73.9496), "c3": (40.8176, -73.9782),
             "c4": (40.6400, -74.0850)}


def haversine_km(a: Tuple[float, float], b: Tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def nearest(point: Tuple[float, float], k: int) -> List[Tuple[float, str]]:
    return heapq.nsmallest(k, ((haversine_km(point, loc), name) for name, loc in STORES.items()))


assigned: Dict[str, List[str]] = {name: [] for name in STORES}
for cid, loc in CUSTOMERS.items():
    top = nearest(loc, 3)
    assigned[top[0][1]].append(cid)
    print(cid, " | ".join(f"{name} {d:.2f} km" for d, name in top))

print("\nassigned customers:", {k: v for k, v in assigned.items() if v})
pairs = [(haversine_km(STORES[a], STORES[b]), a, b) for i, a in enumerate(STORES) for b in list(STORES)[i + 1:]]
closest = min(pairs)
farthest = heapq.nlargest(2, pairs)
print(f"closest stores: {closest[1]}-{closest[2]} {closest[0]:.2f} km")
print("farthest pairs:", [(a, b, round(d, 1)) for d, a, b in farthest])

radius = 8.0
covered = {cid for cid, loc in CUSTOMERS.items() if nearest(loc, 1)[0][0] <= radius}
print(f"customers within {radius} km of a store: {sorted(covered)}")
hull_center = tuple(round(sum(c[i] for c in STORES.values()) / len(STORES), 4) for i in range(2))
print("store centroid:", hull_center, "nearest to centroid:", nearest(hull_center, 1)[0][1])
