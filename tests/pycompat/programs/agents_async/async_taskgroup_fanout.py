# Structured concurrency with asyncio.TaskGroup (3.11): fan out report sections, sibling cancellation on failure
import asyncio
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Report:
    title: str
    sections: Dict[str, str] = field(default_factory=dict)
    cancelled: List[str] = field(default_factory=list)


async def section(report: Report, name: str, ticks: int, fail: bool = False) -> str:
    try:
        for _ in range(ticks):
            await asyncio.sleep(0)
        if fail:
            raise ValueError(f"section {name!r}: data source unavailable")
        text = f"{name.title()} ({ticks * 100} words)"
        report.sections[name] = text
        return text
    except asyncio.CancelledError:
        report.cancelled.append(name)
        raise


async def build(report: Report, plan: Dict[str, tuple]) -> Report:
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(section(report, n, *spec)) for n, spec in plan.items()}
    print(f"[{report.title}] results in plan order:", [tasks[n].result() for n in plan])
    return report


async def main() -> None:
    good = await build(Report("Q2 summary"), {"revenue": (3,), "costs": (1,), "headcount": (2,)})
    print("completion order:", list(good.sections))
    draft = Report("Q3 draft")
    try:
        await build(draft, {"revenue": (5,), "risks": (1, True), "outlook": (6,), "legal": (2, True)})
    except* ValueError as eg:
        print(f"TaskGroup failed with {len(eg.exceptions)} error(s):")
        for exc in sorted(eg.exceptions, key=str):
            print("  ", exc)
    print("siblings cancelled:", sorted(draft.cancelled), "| finished before failure:", draft.sections)
    results = await asyncio.gather(*(section(Report("x"), n, t) for n, t in [("a", 2), ("b", 1)]))
    print("gather for comparison:", results)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(section(Report("y"), "boom", 0, True))
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg.message, [type(e).__name__ for e in eg.exceptions])


asyncio.run(main())
