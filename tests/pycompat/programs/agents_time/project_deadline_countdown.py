# Report days remaining until project deadlines relative to a fixed "today", with status buckets.
from datetime import date, datetime, timedelta
from dataclasses import dataclass, field
from typing import List, Optional

TODAY = date(2024, 9, 18)


@dataclass(order=True)
class Milestone:
    due: date
    name: str = field(compare=False)
    done: bool = field(default=False, compare=False)
    done_on: Optional[date] = field(default=None, compare=False)

    def status(self, today: date) -> str:
        if self.done:
            late = (self.done_on - self.due).days
            return "done early" if late < 0 else ("done on time" if late == 0 else f"done {late}d late")
        remaining = (self.due - today).days
        if remaining < 0:
            return f"OVERDUE by {-remaining}d"
        if remaining == 0:
            return "due TODAY"
        if remaining <= 7:
            return f"due in {remaining}d (this week)"
        return f"due in {remaining}d"


MILESTONES: List[Milestone] = [
    Milestone(date(2024, 9, 2), "Requirements sign-off", True, date(2024, 8, 30)),
    Milestone(date(2024, 9, 13), "API design review", True, date(2024, 9, 16)),
    Milestone(date(2024, 9, 16), "Data migration plan"),
    Milestone(date(2024, 9, 18), "Security assessment"),
    Milestone(date(2024, 9, 24), "Beta release"),
    Milestone(date(2024, 10, 31), "GA launch"),
    Milestone(date(2025, 1, 15), "Post-launch retro"),
]


def main() -> None:
    print(f"Status as of {TODAY:%A, %B %d, %Y} (week {TODAY.isocalendar()[1]})")
    for m in sorted(MILESTONES):
        print(f"  [{'x' if m.done else ' '}] {m.due:%Y-%m-%d} {m.name:<24} {m.status(TODAY)}")
    open_items = [m for m in MILESTONES if not m.done]
    overdue = [m.name for m in open_items if m.due < TODAY]
    print("open:", len(open_items), "| overdue:", overdue)
    nxt = min((m for m in open_items if m.due >= TODAY), default=None)
    print("next up:", nxt.name if nxt else None)
    ga = next(m for m in MILESTONES if m.name == "GA launch")
    weeks, days = divmod((ga.due - TODAY).days, 7)
    print(f"GA in {weeks} weeks and {days} days; buffer after beta: {(ga.due - MILESTONES[4].due).days} days")
    end_of_quarter = date(TODAY.year, 3 * ((TODAY.month - 1) // 3) + 3, 1) + timedelta(days=31)
    end_of_quarter = end_of_quarter.replace(day=1) - timedelta(days=1)
    print("end of quarter:", end_of_quarter, "| due this quarter:", sum(1 for m in open_items if m.due <= end_of_quarter))
    noon = datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=12)
    print("hours until beta (from noon):", (datetime.combine(MILESTONES[4].due, datetime.min.time()) - noon) / timedelta(hours=1))


main()
