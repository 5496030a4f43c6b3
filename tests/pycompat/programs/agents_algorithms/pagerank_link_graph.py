# PageRank by power iteration on a small link graph, with dangling-node handling and convergence tracking
from typing import Dict, List

LINKS: Dict[str, List[str]] = {
    "home": ["about", "blog", "shop"],
    "about": ["home", "team"],
    "blog": ["post1", "post2", "home"],
    "post1": ["post2", "shop"],
    "post2": ["post1", "shop", "blog"],
    "shop": ["cart", "home"],
    "cart": ["checkout"],
    "checkout": [],
    "team": ["about"],
}


def pagerank(links: Dict[str, List[str]], d: float = 0.85, tol: float = 1e-10, max_iter: int = 200):
    nodes = sorted(links)
    n = len(nodes)
    rank = {p: 1.0 / n for p in nodes}
    history = []
    for it in range(1, max_iter + 1):
        dangling = sum(rank[p] for p in nodes if not links[p])
        new = {p: (1 - d) / n + d * dangling / n for p in nodes}
        for p in nodes:
            for q in links[p]:
                new[q] += d * rank[p] / len(links[p])
        delta = sum(abs(new[p] - rank[p]) for p in nodes)
        rank = new
        history.append(delta)
        if delta < tol:
            break
    return rank, it, history


rank, iterations, history = pagerank(LINKS)
print(f"converged after {iterations} iterations; sum of ranks = {sum(rank.values()):.6f}")
for i in (0, 4, 9, 19):
    if i < len(history):
        print(f"  iteration {i + 1:>2}: L1 change {history[i]:.2e}")
for page, score in sorted(rank.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{page:<9} {score:.4f} {'*' * round(score * 100)}")

inbound: Dict[str, int] = {p: 0 for p in LINKS}
for src, outs in LINKS.items():
    for dst in outs:
        inbound[dst] += 1
print("most linked-to:", max(inbound, key=lambda p: (inbound[p], p)), inbound)
for damping in (0.5, 0.99):
    r, its, _ = pagerank(LINKS, d=damping)
    top = sorted(r, key=lambda p: (-r[p], p))[:3]
    print(f"d={damping}: top3 {top}, iterations {its}")
