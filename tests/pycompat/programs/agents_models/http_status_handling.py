# HTTP response handling with an IntEnum of status codes, match statements and retry classification
from dataclasses import dataclass
from enum import IntEnum
from typing import Dict, List, Optional


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    MOVED = 301
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    NOT_FOUND = 404
    TOO_MANY = 429
    SERVER_ERROR = 500
    UNAVAILABLE = 503

    @property
    def family(self) -> str:
        return {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[self // 100]


@dataclass
class Response:
    url: str
    code: int
    headers: Dict[str, str]
    body: Optional[str] = None


def handle(resp: Response) -> str:
    try:
        status = Status(resp.code)
    except ValueError:
        return f"unknown status {resp.code}"
    match status:
        case Status.OK | Status.CREATED:
            return f"{status.name}: {len(resp.body or '')} bytes"
        case Status.NO_CONTENT:
            return "empty body, nothing to parse"
        case Status.MOVED:
            return f"follow redirect to {resp.headers.get('Location', '?')}"
        case Status.TOO_MANY | Status.UNAVAILABLE:
            wait = int(resp.headers.get("Retry-After", "1"))
            return f"retry in {wait}s ({status.family})"
        case s if s >= 500:
            return f"give up: {s.name.replace('_', ' ').lower()}"
        case _:
            return f"fix the request: {status.name} ({int(status)})"


responses: List[Response] = [
    Response("/users", 200, {}, '{"users": []}'),
    Response("/users", 201, {"Location": "/users/9"}, '{"id": 9}'),
    Response("/old", 301, {"Location": "/new"}),
    Response("/search", 429, {"Retry-After": "30"}),
    Response("/report", 500, {}),
    Response("/report", 503, {}),
    Response("/secret", 401, {}),
    Response("/teapot", 418, {}),
    Response("/items/1", 204, {}),
]
for r in responses:
    print(f"{r.code} {r.url:<10} -> {handle(r)}")
codes = [r.code for r in responses if r.code in Status._value2member_map_]
print("families:", sorted({Status(c).family for c in codes}))
print(Status.NOT_FOUND == 404, Status(503).name, Status.OK + 1, f"{Status.CREATED}", repr(Status.MOVED))
print([s.name for s in Status if s.family == "client error"])
