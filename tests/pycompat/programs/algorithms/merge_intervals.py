# Merge overlapping intervals, insert new ones, and compute free time slots in a schedule.

Interval = tuple[int, int]


def merge(intervals: list[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_slots(busy: list[Interval], day_start: int, day_end: int) -> list[Interval]:
    free = []
    cursor = day_start
    for s, e in merge(busy):
        if s > cursor:
            free.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < day_end:
        free.append((cursor, day_end))
    return free


def fmt(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}"


def main() -> None:
    print(merge([(1, 3), (2, 6), (8, 10), (15, 18)]))
    print(merge([(1, 4), (4, 5)]))
    print(merge([(5, 7), (1, 2), (2, 3), (6, 9), (10, 10)]))
    print(merge([]))
    meetings = [(9 * 60, 10 * 60), (9 * 60 + 30, 11 * 60), (13 * 60, 13 * 60 + 45),
                (15 * 60, 16 * 60 + 15), (16 * 60, 17 * 60)]
    print("busy:")
    for s, e in merge(meetings):
        print(f"  {fmt(s)} - {fmt(e)}")
    print("free:")
    total = 0
    for s, e in free_slots(meetings, 8 * 60, 18 * 60):
        total += e - s
        print(f"  {fmt(s)} - {fmt(e)} ({e - s} min)")
    print(f"total free: {total // 60}h {total % 60}m")


if __name__ == "__main__":
    main()
