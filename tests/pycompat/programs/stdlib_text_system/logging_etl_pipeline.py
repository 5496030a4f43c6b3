# Log an ETL pipeline run to stdout with named loggers, levels, a custom format and a filter.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)-7s %(name)-12s | %(message)s")
log = logging.getLogger("etl")
extract_log = logging.getLogger("etl.extract")
transform_log = logging.getLogger("etl.transform")
load_log = logging.getLogger("etl.load")

RAW = [
    "id,name,amount",
    "1,alpha,10.5",
    "2,beta,not-a-number",
    "3,gamma,7",
    "4,,3.25",
    "5,delta,-2",
]


class SkipNegative(logging.Filter):
    def filter(self, record):
        return "negative" not in record.getMessage()


def extract(lines):
    header = lines[0].split(",")
    extract_log.info("header: %s", header)
    rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
    extract_log.debug("this debug line is below the threshold")
    extract_log.info("extracted %d rows", len(rows))
    return rows


def transform(rows):
    good = []
    for row in rows:
        if not row["name"]:
            transform_log.warning("row %s: missing name, skipped", row["id"])
            continue
        try:
            amount = float(row["amount"])
        except ValueError:
            transform_log.error("row %s: bad amount %r", row["id"], row["amount"])
            continue
        if amount < 0:
            transform_log.warning("row %s: negative amount %.2f", row["id"], amount)
        good.append({"id": int(row["id"]), "name": row["name"].upper(), "amount": amount})
    transform_log.info("%d of %d rows kept", len(good), len(rows))
    return good


def load(rows):
    total = sum(r["amount"] for r in rows)
    load_log.info("loaded %(count)d rows, total=%(total).2f", {"count": len(rows), "total": total})
    return total


log.info("run started")
rows = transform(extract(RAW))
transform_log.addFilter(SkipNegative())
transform_log.warning("negative amounts are now hidden by the filter")
transform_log.warning("but other warnings still show")
load(rows)
logging.getLogger("etl.load").setLevel(logging.ERROR)
load_log.info("hidden: below the logger's own level")
log.log(logging.CRITICAL, "done with %s", "success")
print(logging.getLevelName(logging.WARNING), logging.getLogger("etl.load").getEffectiveLevel(),
      extract_log.getEffectiveLevel(), log.parent.name, load_log.parent.name)
