# Async connection pool built with contextlib.asynccontextmanager: bounded checkout, reuse and error rollback
import asyncio
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, List


@dataclass
class Connection:
    cid: int
    queries: List[str] = field(default_factory=list)
    in_tx: bool = False

    async def execute(self, sql: str) -> int:
        await asyncio.sleep(0)
        if "DROP" in sql.upper():
            raise PermissionError(f"conn {self.cid}: DROP not allowed")
        self.queries.append(sql)
        return len(sql) % 7


class Pool:
    def __init__(self, size: int) -> None:
        self._free: asyncio.Queue = asyncio.Queue()
        for i in range(1, size + 1):
            self._free.put_nowait(Connection(i))
        self.size = size
        self.events: List[str] = []

    @asynccontextmanager
    async def connection(self, who: str) -> AsyncIterator[Connection]:
        conn = await self._free.get()
        self.events.append(f"{who} got conn {conn.cid}")
        try:
            yield conn
        finally:
            self.events.append(f"{who} returned conn {conn.cid}")
            self._free.put_nowait(conn)

    @asynccontextmanager
    async def transaction(self, who: str) -> AsyncIterator[Connection]:
        async with self.connection(who) as conn:
            conn.in_tx = True
            await conn.execute("BEGIN")
            try:
                yield conn
            except Exception as exc:
                await conn.execute("ROLLBACK")
                self.events.append(f"{who} rolled back: {exc}")
                raise
            else:
                await conn.execute("COMMIT")
            finally:
                conn.in_tx = False


async def job(pool: Pool, who: str, statements: List[str]) -> str:
    try:
        async with pool.transaction(who) as conn:
            total = 0
            for sql in statements:
                total += await conn.execute(sql)
            return f"{who}: ok ({total})"
    except PermissionError as exc:
        return f"{who}: failed ({exc})"


async def main() -> None:
    pool = Pool(size=2)
    jobs = {"api": ["SELECT 1", "UPDATE users SET x=1"], "cron": ["DELETE FROM tmp", "DROP TABLE users"],
            "report": ["SELECT * FROM sales"], "admin": ["INSERT INTO log VALUES (1)"]}
    results = await asyncio.gather(*(job(pool, w, s) for w, s in jobs.items()))
    print("\n".join(results))
    print("\n".join(pool.events))
    conns = sorted([pool._free.get_nowait() for _ in range(pool.size)], key=lambda c: c.cid)
    for c in conns:
        print(f"conn {c.cid}: {len(c.queries)} statements, last={c.queries[-1]!r}, in_tx={c.in_tx}")


asyncio.run(main())
