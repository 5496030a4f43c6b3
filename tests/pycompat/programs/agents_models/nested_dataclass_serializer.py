# Generic JSON (de)serializer for nested dataclasses using fields(), typing.get_origin/get_args and Enums
import json
from dataclasses import dataclass, field, fields, is_dataclass
from enum import Enum
from typing import Any, Dict, List, Optional, get_args, get_origin


class Priority(Enum):
    LOW = "low"
    HIGH = "high"


@dataclass
class Tag:
    label: str
    color: str = "gray"


@dataclass
class Task:
    title: str
    priority: Priority
    tags: List[Tag] = field(default_factory=list)
    estimate_h: Optional[float] = None


@dataclass
class Project:
    name: str
    tasks: List[Task]
    owners: Dict[str, str] = field(default_factory=dict)


def to_jsonable(obj: Any) -> Any:
    if is_dataclass(obj):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, list):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    return obj


def from_jsonable(tp: Any, data: Any) -> Any:
    origin, args = get_origin(tp), get_args(tp)
    if data is None:
        return None
    if origin is list:
        return [from_jsonable(args[0], x) for x in data]
    if origin is dict:
        return {k: from_jsonable(args[1], v) for k, v in data.items()}
    if origin is not None and type(None) in args:
        return from_jsonable(next(a for a in args if a is not type(None)), data)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(data)
    if is_dataclass(tp):
        return tp(**{f.name: from_jsonable(f.type, data[f.name]) for f in fields(tp) if f.name in data})
    return tp(data)


project = Project("launch", [
    Task("write docs", Priority.LOW, [Tag("docs", "blue")], 3.5),
    Task("fix login bug", Priority.HIGH, [Tag("bug", "red"), Tag("auth")]),
], owners={"docs": "kim", "eng": "lu"})
text = json.dumps(to_jsonable(project), separators=(",", ":"))
print(text)
back = from_jsonable(Project, json.loads(text))
print("round trip equal:", back == project)
print(back.tasks[1])
print(get_origin(Optional[float]), get_args(Dict[str, int]), get_origin(List[Tag]) is list)
partial = from_jsonable(Task, {"title": "triage", "priority": "high"})
print(partial, type(partial.priority).__name__)
