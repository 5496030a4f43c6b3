# Paginate a list of search results and render page navigation.
import math
from typing import List, Tuple

results = [f"result-{i:03d}" for i in range(1, 48)]


def paginate(items: List[str], page: int, per_page: int) -> Tuple[List[str], int]:
    total_pages = max(1, math.ceil(len(items) / per_page))
    if not 1 <= page <= total_pages:
        raise IndexError(f"page {page} out of range (1-{total_pages})")
    start = (page - 1) * per_page
    return items[start:start + per_page], total_pages


def nav(page: int, total: int, window: int = 2) -> str:
    parts = []
    if page > 1:
        parts.append("« prev")
    pages = sorted({1, total, *range(max(1, page - window), min(total, page + window) + 1)})
    last = 0
    for p in pages:
        if p - last > 1:
            parts.append("…")
        parts.append(f"[{p}]" if p == page else str(p))
        last = p
    if page < total:
        parts.append("next »")
    return " ".join(parts)


for page in (1, 2, 5, 10):
    try:
        items, total = paginate(results, page, per_page=5)
        print(f"page {page}/{total}: {items[0]} .. {items[-1]} ({len(items)} items)")
        print("   ", nav(page, total))
    except IndexError as e:
        print(f"error: {e}")

items, total = paginate(results, 3, per_page=20)
print(f"per_page=20 -> {total} pages; page 3 has {len(items)}: {items}")
print("chunks of 10 sizes:", [len(results[i:i + 10]) for i in range(0, len(results), 10)])
print("empty list pages:", paginate([], 1, 10))
