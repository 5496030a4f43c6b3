# Game leaderboard kept sorted with bisect.insort: ranks, percentiles, score updates and range queries
import bisect
from dataclasses import dataclass, field
from typing import Dict, List, Tuple


@dataclass
class Leaderboard:
    entries: List[Tuple[int, str]] = field(default_factory=list)
    best: Dict[str, int] = field(default_factory=dict)

    def submit(self, player: str, score: int) -> bool:
        old = self.best.get(player)
        if old is not None:
            if score <= old:
                return False
            i = bisect.bisect_left(self.entries, (-old, player))
            del self.entries[i]
        self.best[player] = score
        bisect.insort(self.entries, (-score, player))
        return True

    def rank(self, player: str) -> int:
        score = self.best[player]
        return bisect.bisect_left(self.entries, (-score, "")) + 1

    def top(self, n: int) -> List[Tuple[str, int]]:
        return [(p, -s) for s, p in self.entries[:n]]

    def between(self, lo: int, hi: int) -> List[str]:
        i = bisect.bisect_left(self.entries, (-hi, ""))
        j = bisect.bisect_right(self.entries, (-lo, "\uffff"))
        return [p for _, p in self.entries[i:j]]

    def percentile(self, player: str) -> float:
        below = len(self.entries) - bisect.bisect_right(self.entries, (-self.best[player], "\uffff"))
        return 100.0 * below / len(self.entries)


board = Leaderboard()
submissions = [("zed", 1200), ("amy", 1850), ("kai", 990), ("bo", 1850), ("lin", 1430), ("amy", 1700),
               ("kai", 2010), ("eve", 1430), ("max", 500), ("lin", 1600), ("bo", 1900)]
for player, score in submissions:
    accepted = board.submit(player, score)
    print(f"{player:<4}{score:>5} {'new best' if accepted else 'ignored'}")

print("\ntop 5:")
for pos, (player, score) in enumerate(board.top(5), 1):
    print(f"  {pos}. {player:<4}{score:>5}  rank={board.rank(player)}  beats {board.percentile(player):.0f}%")
print("scores 1400-1900:", board.between(1400, 1900))
print("ties share rank:", board.rank("amy"), board.rank("zed"), "| eve vs lin:", board.rank("eve"), board.rank("lin"))
scores = sorted(board.best.values())
print("median-ish score:", scores[len(scores) // 2], "| players >= 1500:", len(scores) - bisect.bisect_left(scores, 1500))
