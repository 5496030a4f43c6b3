# Dataclass inheritance, kw_only/KW_ONLY, InitVar, metadata-driven validation, make_dataclass and definition errors
from dataclasses import KW_ONLY, MISSING, InitVar, dataclass, field, fields, is_dataclass, make_dataclass
from typing import ClassVar, List, Optional


@dataclass
class Entity:
    id: int
    created_by: str = "system"
    registry: ClassVar[List[str]] = []


@dataclass
class Employee(Entity):
    name: str = field(default="", metadata={"min_len": 2, "label": "Full name"})
    salary: float = field(default=0.0, metadata={"min": 0, "label": "Salary"})
    _: KW_ONLY
    manager: Optional["Employee"] = None
    skills: List[str] = field(default_factory=list, repr=False)
    raise_pct: InitVar[float] = 0.0

    def __post_init__(self, raise_pct: float) -> None:
        self.salary = round(self.salary * (1 + raise_pct / 100), 2)
        Entity.registry.append(self.name)


@dataclass(kw_only=True)
class Contractor(Entity):
    agency: str
    day_rate: int = 500


def validate(obj) -> List[str]:
    problems = []
    for f in fields(obj):
        value = getattr(obj, f.name)
        label = f.metadata.get("label", f.name)
        if "min_len" in f.metadata and len(value) < f.metadata["min_len"]:
            problems.append(f"{label} too short ({value!r})")
        if "min" in f.metadata and value < f.metadata["min"]:
            problems.append(f"{label} below {f.metadata['min']}")
    return problems


boss = Employee(1, "hr", "Dana Lee", 9000.0, raise_pct=10)
dev = Employee(2, name="Al", salary=-5, manager=boss, skills=["py"])
temp = Contractor(id=3, agency="TempCo")
for person in (boss, dev, temp):
    print(person, "->", validate(person) or "valid")
print("registry:", Entity.registry)
print("employee fields:", [(f.name, f.kw_only, f.default is MISSING) for f in fields(Employee)])
print("init-only var kept out:", hasattr(boss, "raise_pct"), "skills:", dev.skills)
print("match args:", Employee.__match_args__, Contractor.__match_args__)
print("metadata:", dict(fields(Employee)[2].metadata), fields(Employee)[3].metadata["label"])

Point3 = make_dataclass("Point3", [("x", float), ("y", float), ("z", float, field(default=0.0))],
                        namespace={"norm": lambda self: (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5}, frozen=True)
p = Point3(3.0, 4.0)
print(p, p.norm(), is_dataclass(p), is_dataclass(Point3), is_dataclass(validate))

for label, build in [
    ("default order", lambda: dataclass(type("Bad", (), {"__annotations__": {"a": int, "b": int}, "a": 1}))),
    ("mutable default", lambda: make_dataclass("Bag", [("items", list, field(default=[]))])),
    ("both defaults", lambda: field(default=1, default_factory=int)),
    ("missing kw", lambda: Contractor(id=9)),
    ("positional kw_only", lambda: Employee(5, "x", "Name", 1.0, None)),
]:
    try:
        build()
        print(label, "-> built")
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__)
try:
    @dataclass
    class Broken:
        a: int = 0
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bucket:
        items: dict = {}
except ValueError as e:
    print("ValueError:", e)
