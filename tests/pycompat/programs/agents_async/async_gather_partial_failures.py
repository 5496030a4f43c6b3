# Fan out health checks with asyncio.gather(return_exceptions=True) and classify failures by exception type
import asyncio
from dataclasses import dataclass
from enum import Enum
from typing import Dict, List, Union


class Health(Enum):
    UP = "up"
    DEGRADED = "degraded"
    DOWN = "down"


@dataclass(frozen=True)
class Service:
    name: str
    latency_ticks: int
    behavior: str


class ServiceTimeout(Exception):
    pass


async def check(svc: Service) -> Health:
    for _ in range(svc.latency_ticks):
        await asyncio.sleep(0)
    if svc.behavior == "timeout":
        raise ServiceTimeout(f"{svc.name} did not answer in {svc.latency_ticks} ticks")
    if svc.behavior == "refused":
        raise ConnectionRefusedError(f"{svc.name}:443 refused connection")
    if svc.behavior == "garbage":
        raise ValueError(f"{svc.name} returned malformed payload")
    return Health.DEGRADED if svc.latency_ticks > 3 else Health.UP


SERVICES = [Service("auth", 1, "ok"), Service("billing", 5, "ok"), Service("search", 2, "timeout"),
            Service("email", 1, "refused"), Service("cdn", 0, "ok"), Service("reports", 4, "garbage"),
            Service("queue", 2, "ok")]


async def main() -> None:
    results: List[Union[Health, BaseException]] = await asyncio.gather(*(check(s) for s in SERVICES),
                                                                       return_exceptions=True)
    status: Dict[str, Health] = {}
    for svc, res in zip(SERVICES, results):
        if isinstance(res, Health):
            status[svc.name] = res
            print(f"{svc.name:<8} {res.value}")
        else:
            status[svc.name] = Health.DOWN
            kind = "timeout" if isinstance(res, ServiceTimeout) else "network" if isinstance(res, OSError) else "bug"
            print(f"{svc.name:<8} down [{kind}] {type(res).__name__}: {res}")
    summary: Dict[str, List[str]] = {}
    for name, h in status.items():
        summary.setdefault(h.value, []).append(name)
    print("summary:", summary)
    overall = Health.DOWN if len(summary.get("down", [])) > 2 else Health.DEGRADED if "down" in summary else Health.UP
    print("overall:", overall.name)
    try:
        await asyncio.gather(*(check(s) for s in SERVICES))
    except Exception as exc:
        print("without return_exceptions the first error propagates:", type(exc).__name__, exc)
    first_ok = await asyncio.gather(check(SERVICES[0]), check(SERVICES[4]))
    print("all healthy subset:", [h.value for h in first_ok])


asyncio.run(main())
