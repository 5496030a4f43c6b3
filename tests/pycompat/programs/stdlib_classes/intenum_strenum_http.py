# HTTP status handling with IntEnum/StrEnum: comparisons, arithmetic, json, functional Enum API and @unique
import json
from enum import Enum, IntEnum, StrEnum, auto, unique


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    MOVED = 301
    NOT_FOUND = 404
    TEAPOT = 418
    SERVER_ERROR = 500

    @property
    def family(self) -> str:
        return {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[self // 100]


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "DELETE"


Color = Enum("Color", "RED GREEN BLUE")
Size = Enum("Size", [("S", 1), ("M", 2), ("L", 3)])

log = [(Method.GET, 200), (Method.POST, 201), (Method.GET, 404), (Method.DELETE, 204), ("patch", 500), (Method.GET, 418)]
for method, code in log:
    status = Status(code)
    print(f"{str(method).upper():<7} {status:<4d} {status.name:<12} {status.family}")

print("compare:", Status.OK < Status.NOT_FOUND, Status.OK == 200, Status.NOT_FOUND - 4, max(Status), Status(404) is Status.NOT_FOUND)
print("sorted:", sorted([Status.SERVER_ERROR, Status.OK, Status.MOVED]))
print("str/repr:", str(Status.OK), repr(Status.OK), f"{Status.OK}", format(Status.TEAPOT, ">6"))
print("errors:", [s.name for s in Status if s >= 400])
print("json:", json.dumps({"status": Status.CREATED, "method": Method.POST}))
print("strenum:", Method.GET, repr(Method.POST), Method.GET == "get", Method("DELETE"), Method.POST.upper(), "/".join(Method))
print("functional:", list(Color), Color.GREEN.value, Size(2), Size.L.name, len(Size))
print("dict keys:", {Status.OK: "fine"}[200], {200: "int key"}[Status.OK])
try:
    Status(999)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(IntEnum):
        A = 1
        B = 2
        C = 1
except ValueError as e:
    print("ValueError:", e)
