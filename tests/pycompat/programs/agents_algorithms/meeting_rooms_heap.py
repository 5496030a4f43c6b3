# Meeting room allocation: minimum rooms via a min-heap of end times, with room assignment and idle gaps
import heapq
from typing import Dict, List, NamedTuple, Tuple


class Meeting(NamedTuple):
    name: str
    start: int
    end: int


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse(s: str) -> int:
    h, m = map(int, s.split(":"))
    return h * 60 + m


RAW = [("standup", "09:00", "09:15"), ("design review", "09:10", "10:30"), ("1:1 ana", "09:30", "10:00"),
       ("hiring sync", "10:00", "11:00"), ("lunch talk", "12:00", "13:00"), ("retro", "10:30", "11:30"),
       ("planning", "10:45", "12:15"), ("customer call", "13:00", "13:30"), ("offsite prep", "12:30", "14:00")]
meetings = sorted((Meeting(n, parse(a), parse(b)) for n, a, b in RAW), key=lambda m: (m.start, m.end))

free: List[Tuple[int, int]] = []
busy: List[Tuple[int, int]] = []
assignment: Dict[str, int] = {}
room_count = 0
for m in meetings:
    while busy and busy[0][0] <= m.start:
        end, room = heapq.heappop(busy)
        heapq.heappush(free, (room, end))
    if free:
        room, _ = heapq.heappop(free)
    else:
        room_count += 1
        room = room_count
    assignment[m.name] = room
    heapq.heappush(busy, (m.end, room))

print("rooms needed:", room_count)
for room in range(1, room_count + 1):
    booked = [m for m in meetings if assignment[m.name] == room]
    slots = ", ".join(f"{m.name} {hhmm(m.start)}-{hhmm(m.end)}" for m in booked)
    used = sum(m.end - m.start for m in booked)
    print(f"room {room}: {slots} | busy {used} min")

events = sorted([(m.start, 1) for m in meetings] + [(m.end, -1) for m in meetings])
level, peak, peak_at = 0, 0, 0
for t, delta in events:
    level += delta
    if level > peak:
        peak, peak_at = level, t
print(f"peak concurrency {peak} at {hhmm(peak_at)} (sweep agrees: {peak == room_count})")
print("longest:", max(meetings, key=lambda m: m.end - m.start).name,
      "| nsmallest by length:", [m.name for m in heapq.nsmallest(2, meetings, key=lambda m: m.end - m.start)])
