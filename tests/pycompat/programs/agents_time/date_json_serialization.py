# Serialize records containing datetimes, dates, Decimals and enums to JSON and parse them back with hooks.
import json
from dataclasses import dataclass, asdict, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from enum import Enum
from typing import Any, Dict, List


class Status(Enum):
    SCHEDULED = "scheduled"
    DONE = "done"


@dataclass
class Appointment:
    title: str
    when: datetime
    day: date
    reminder: timedelta
    fee: Decimal
    status: Status = Status.SCHEDULED
    tags: List[str] = field(default_factory=list)


class RichEncoder(json.JSONEncoder):
    def default(self, obj: Any) -> Any:
        if isinstance(obj, (datetime, date, time)):
            return {"__type__": type(obj).__name__, "value": obj.isoformat()}
        if isinstance(obj, timedelta):
            return {"__type__": "timedelta", "value": obj.total_seconds()}
        if isinstance(obj, Decimal):
            return {"__type__": "Decimal", "value": str(obj)}
        if isinstance(obj, Enum):
            return obj.value
        return super().default(obj)


DECODERS = {
    "datetime": datetime.fromisoformat, "date": date.fromisoformat, "time": time.fromisoformat,
    "timedelta": lambda v: timedelta(seconds=v), "Decimal": Decimal,
}


def decode_hook(obj: Dict[str, Any]) -> Any:
    kind = obj.get("__type__")
    return DECODERS[kind](obj["value"]) if kind in DECODERS else obj


def main() -> None:
    tz = timezone(timedelta(hours=2))
    appts = [
        Appointment("Dentist", datetime(2024, 11, 4, 8, 30, tzinfo=tz), date(2024, 11, 4), timedelta(hours=2), Decimal("45.00")),
        Appointment("Car service", datetime(2024, 11, 9, 13, 0, 0, 500000), date(2024, 11, 9), timedelta(days=1, minutes=30),
                    Decimal("189.99"), Status.DONE, ["car", "annual"]),
    ]
    text = json.dumps([asdict(a) for a in appts], cls=RichEncoder, indent=2)
    print(text)
    back = json.loads(text, object_hook=decode_hook)
    for original, restored in zip(appts, back):
        rebuilt = Appointment(**{**restored, "status": Status(restored["status"])})
        print(rebuilt.title, "round-trips:", rebuilt == original, "| when:", repr(rebuilt.when))
    print("simple default=str:", json.dumps({"at": datetime(2024, 1, 2, 3, 4, 5), "n": Decimal("1.10")}, default=str))
    print("time round trip:", json.loads(json.dumps({"t": time(9, 15, 30)}, cls=RichEncoder), object_hook=decode_hook))
    try:
        json.dumps({"when": datetime(2024, 1, 1)})
    except TypeError as exc:
        print("TypeError:", exc)


main()
