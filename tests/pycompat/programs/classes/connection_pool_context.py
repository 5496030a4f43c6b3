# Context managers: a resource pool with __enter__/__exit__ and a contextlib-based transaction
from contextlib import contextmanager


class Connection:
    def __init__(self, pool: "ConnectionPool", ident: int):
        self.pool = pool
        self.ident = ident
        self.queries: list[str] = []

    def execute(self, sql: str) -> str:
        if "DROP" in sql:
            raise PermissionError("DROP not allowed")
        self.queries.append(sql)
        return f"conn{self.ident}: ok ({sql})"

    def __enter__(self):
        print(f"  acquire conn{self.ident}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  release conn{self.ident} (error={exc_type.__name__ if exc_type else None})")
        self.pool.release(self)
        return exc_type is PermissionError  # swallow permission errors only


class ConnectionPool:
    def __init__(self, size: int):
        self.free = [Connection(self, i) for i in range(size)]

    def get(self) -> Connection:
        if not self.free:
            raise RuntimeError("pool exhausted")
        return self.free.pop(0)

    def release(self, conn: Connection) -> None:
        self.free.append(conn)


@contextmanager
def transaction(conn: Connection):
    print("  BEGIN")
    try:
        yield conn
    except Exception as e:
        print(f"  ROLLBACK because {type(e).__name__}")
        raise
    else:
        print("  COMMIT")
    finally:
        print("  END")


pool = ConnectionPool(2)
print("free:", len(pool.free))
with pool.get() as c:
    print(c.execute("SELECT 1"))
print("free:", len(pool.free))

with pool.get() as c:
    c.execute("DROP TABLE users")
    print("not reached")
print("permission error swallowed; free:", len(pool.free))

try:
    with pool.get() as c, transaction(c):
        c.execute("INSERT 1")
        raise ValueError("bad row")
except ValueError as e:
    print("propagated:", e)

with pool.get() as c, transaction(c) as tx:
    print(tx.execute("UPDATE 2"))
print("order of connections:", [conn.ident for conn in pool.free])
