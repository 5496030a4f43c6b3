# Compute weighted course grades, letter grades and a class summary.
from collections import Counter
from statistics import mean, median, pstdev

WEIGHTS = {"homework": 0.25, "midterm": 0.30, "final": 0.35, "participation": 0.10}
CUTOFFS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"),
           (73, "C"), (70, "C-"), (60, "D"), (0, "F")]

students = {
    "Ana": {"homework": 95, "midterm": 88, "final": 92, "participation": 100},
    "Ben": {"homework": 72, "midterm": 65, "final": 70, "participation": 90},
    "Chloe": {"homework": 88, "midterm": 91, "final": 85, "participation": 80},
    "Dev": {"homework": 100, "midterm": 97, "final": 99, "participation": 95},
    "Eli": {"homework": 55, "midterm": 62, "final": 58, "participation": 70},
    "Fay": {"homework": 84, "midterm": 79, "final": 90, "participation": 85},
}


def weighted(scores: dict) -> float:
    return sum(scores[k] * w for k, w in WEIGHTS.items())


def letter(score: float) -> str:
    for cutoff, grade in CUTOFFS:
        if score >= cutoff:
            return grade
    return "F"


def main() -> None:
    assert abs(sum(WEIGHTS.values()) - 1.0) < 1e-12
    finals = {}
    for name, scores in students.items():
        total = weighted(scores)
        finals[name] = total
        print(f"{name:<6} {total:6.2f} {letter(total):<2} raw={total!r}")
    values = list(finals.values())
    print(f"class mean {mean(values):.2f}, median {median(values):.2f}, sd {pstdev(values):.2f}")
    dist = Counter(letter(v)[0] for v in values)
    for grade in "ABCDF":
        print(f"  {grade}: {'#' * dist[grade]} ({dist[grade]})")
    ranked = sorted(finals.items(), key=lambda kv: kv[1], reverse=True)
    for rank, (name, score) in enumerate(ranked, 1):
        print(f"{rank}. {name} ({score:.1f})")
    for part in WEIGHTS:
        avg = mean(s[part] for s in students.values())
        print(f"average {part}: {avg:.2f}")


if __name__ == "__main__":
    main()
