# Pretty-print one-line SQL queries: tokenize with re, uppercase keywords, break clauses onto new lines.
import re
import textwrap
from typing import List, Tuple

KEYWORDS = {"select", "from", "where", "and", "or", "join", "left", "inner", "on", "group", "by", "order",
            "having", "limit", "as", "desc", "asc", "in", "not", "null", "is", "count", "sum", "distinct", "with"}
CLAUSES = ["with", "select", "from", "left join", "inner join", "join", "where", "group by", "having", "order by", "limit"]
TOKEN_RE = re.compile(r"""\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|(\w+)|(<=|>=|<>|!=|[(),.*=<>;+-]))""")

QUERIES = [
    "select u.id, u.name, count(o.id) as orders from users u left join orders o on o.user_id = u.id where u.active = 1 and u.country in ('US', 'CA') group by u.id, u.name having count(o.id) > 2 order by orders desc limit 10;",
    "SELECT DISTINCT city FROM customers WHERE name = 'O''Brien' OR city IS NOT NULL",
    "with recent as (select * from events where ts >= '2024-01-01') select type, sum(value) from recent group by type",
]


def tokenize(sql: str) -> List[Tuple[str, str]]:
    tokens, pos = [], 0
    sql = sql.strip()
    while pos < len(sql):
        m = TOKEN_RE.match(sql, pos)
        if not m or m.end() == pos:
            raise ValueError(f"cannot tokenize at {pos}: {sql[pos:pos + 10]!r}")
        kind = ("string", "number", "word", "symbol")[[g is not None for g in m.groups()].index(True)]
        tokens.append((kind, m.group(m.lastindex)))
        pos = m.end()
    return tokens


def format_sql(sql: str) -> str:
    words: List[str] = []
    for kind, text in tokenize(sql):
        words.append(text.upper() if kind == "word" and text.lower() in KEYWORDS else text)
    joined = " ".join(words)
    joined = re.sub(r"\s+([,);.])", r"\1", joined)
    joined = re.sub(r"([(.])\s+", r"\1", joined)
    joined = re.sub(r"\b(COUNT|SUM)\s+\(", r"\1(", joined)
    for clause in CLAUSES:
        if clause == "join":
            joined = re.sub(r"(?<!LEFT)(?<!INNER)\s+JOIN\b", "\nJOIN", joined)
        else:
            joined = re.sub(rf"\s+({clause.upper()})\b", r"\n\1", joined)
    lines = []
    for line in joined.strip().split("\n"):
        if line.startswith("SELECT") and len(line) > 40:
            head, _, cols = line.partition(" ")
            parts = [c.strip() for c in re.split(r",(?![^(]*\))", cols)]
            lines.append(head + "\n" + textwrap.indent(",\n".join(parts), "    "))
        else:
            lines.append(re.sub(r" (AND|OR) ", r"\n    \1 ", line))
    return "\n".join(lines)


def main() -> None:
    for q in QUERIES:
        print(format_sql(q))
        print("-" * 40)
    print("token kinds:", [k for k, _ in tokenize("a = 'x' + 1.5")])
    try:
        tokenize("select @x")
    except ValueError as exc:
        print("ValueError:", exc)


main()
