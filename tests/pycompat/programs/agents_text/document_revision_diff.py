# Compare two revisions of a policy document with difflib: unified diff, ndiff and similarity ratios.
import difflib
from typing import List

OLD = """Employees may work remotely up to two days per week.
Requests must be approved by a direct manager.
Equipment is provided by the IT department.
Expenses over $50 require a receipt.
This policy is reviewed annually."""

NEW = """Employees may work remotely up to three days per week.
Requests must be approved by a direct manager.
Equipment is provided by the IT department on request.
Home internet costs are reimbursed up to $30 per month.
Expenses over $50 require a receipt.
This policy is reviewed every six months."""


def main() -> None:
    a: List[str] = OLD.splitlines()
    b: List[str] = NEW.splitlines()
    for line in difflib.unified_diff(a, b, fromfile="policy_v1.txt", tofile="policy_v2.txt", lineterm="", n=1):
        print(line)
    print()
    for line in difflib.context_diff(a[:2], b[:2], lineterm=""):
        print(line)
    print()
    for line in difflib.ndiff(a[:1], b[:1]):
        print(line)
    sm = difflib.SequenceMatcher(None, OLD, NEW)
    print(f"\ncharacter similarity: {sm.ratio():.3f} (quick {sm.quick_ratio():.3f})")
    line_sm = difflib.SequenceMatcher(None, a, b)
    for tag, i1, i2, j1, j2 in line_sm.get_opcodes():
        if tag != "equal":
            print(f"{tag:<8} old[{i1}:{i2}] -> new[{j1}:{j2}]")
    print("matching blocks:", [tuple(m) for m in line_sm.get_matching_blocks()])
    w1, w2 = a[0].split(), b[0].split()
    word_sm = difflib.SequenceMatcher(a=w1, b=w2)
    changes = [(w1[i1:i2], w2[j1:j2]) for t, i1, i2, j1, j2 in word_sm.get_opcodes() if t == "replace"]
    print("word changes in line 1:", changes)
    m = sm.find_longest_match(0, len(OLD), 0, len(NEW))
    print("longest common run:", repr(OLD[m.a:m.a + m.size][:40]), m.size)


main()
