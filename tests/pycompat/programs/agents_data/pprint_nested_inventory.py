# Pretty-print a nested warehouse inventory structure with pprint at several widths and depths.
import pprint
from collections import OrderedDict, defaultdict
from typing import Any, Dict

INVENTORY: Dict[str, Any] = {
    "warehouse": "WH-3",
    "zones": {
        "A": {"bins": [{"id": "A-01", "sku": "BOLT-M6", "qty": 1200}, {"id": "A-02", "sku": "NUT-M6", "qty": 950}]},
        "B": {"bins": [{"id": "B-01", "sku": "WASHER-10", "qty": 5000}], "temperature_c": 18.5},
        "C": {"bins": [], "status": "under maintenance"},
    },
    "last_audit": ("2024-02-11", "passed", 3),
    "tags": ["hazmat-free", "24x7", "forklift"],
}


def main() -> None:
    pprint.pprint(INVENTORY)
    print("--- width=60, sort_dicts=False ---")
    pprint.pprint(INVENTORY, width=60, sort_dicts=False)
    print("--- depth=2 ---")
    pprint.pprint(INVENTORY, depth=2)
    print("--- compact list ---")
    pprint.pprint(list(range(0, 300, 7)), compact=True, width=50)
    totals = defaultdict(int)
    for zone, info in INVENTORY["zones"].items():
        for b in info["bins"]:
            totals[zone] += b["qty"]
    text = pprint.pformat(dict(totals))
    print("pformat:", text)
    print("ordered:", pprint.pformat(OrderedDict([("z", 1), ("a", 2)])))
    print("isreadable:", pprint.isreadable(INVENTORY), "isrecursive:", pprint.isrecursive(INVENTORY))
    pp = pprint.PrettyPrinter(indent=4, width=40)
    pp.pprint(INVENTORY["zones"]["A"])
    long_text = {"note": "a fairly long description string that will need to wrap across lines " * 2}
    pprint.pprint(long_text, width=50)


main()
