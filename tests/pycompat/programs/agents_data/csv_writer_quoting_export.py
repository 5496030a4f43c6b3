# Export report rows to CSV text with csv.writer/DictWriter and different quoting and dialect options.
import csv
import io
from dataclasses import dataclass, astuple, fields
from typing import List


@dataclass
class Ticket:
    ticket_id: int
    title: str
    assignee: str
    hours: float
    notes: str


TICKETS: List[Ticket] = [
    Ticket(501, "Login fails, error 500", "kim", 3.5, 'User said "it just spins"'),
    Ticket(502, "Export to CSV", "lee", 8.0, "multi-line\nnote here"),
    Ticket(503, "Typo in footer", "", 0.25, ""),
    Ticket(504, "Slow dashboard; timeouts", "ravi", 12.75, "semi;colon, comma"),
]


def export(quoting: int, delimiter: str = ",") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=quoting, delimiter=delimiter, lineterminator="\n")
    writer.writerow([f.name for f in fields(Ticket)])
    writer.writerows(astuple(t) for t in TICKETS)
    return buf.getvalue()


def main() -> None:
    for name in ("QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC"):
        print(f"== {name} ==")
        print(export(getattr(csv, name)), end="")
    print("== semicolon dialect ==")
    print(export(csv.QUOTE_MINIMAL, ";"), end="")

    text = export(csv.QUOTE_MINIMAL)
    back = list(csv.DictReader(io.StringIO(text)))
    print("round trip rows:", len(back), "| notes[1]:", repr(back[1]["notes"]))
    print("hours total:", sum(float(r["hours"]) for r in back))

    buf = io.StringIO()
    dw = csv.DictWriter(buf, fieldnames=["ticket_id", "assignee"], extrasaction="ignore", lineterminator="\r\n")
    dw.writeheader()
    for t in TICKETS:
        dw.writerow({"ticket_id": t.ticket_id, "assignee": t.assignee or "unassigned", "title": t.title})
    print(repr(buf.getvalue()))


main()
