# Solve Tower of Hanoi recursively and iteratively, tracking peg states.

def hanoi(n, source="A", target="C", spare="B", moves=None):
    if moves is None:
        moves = []
    if n == 0:
        return moves
    hanoi(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)
    return moves


def simulate(n, moves):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    for disk, src, dst in moves:
        moved = pegs[src].pop()
        assert moved == disk
        if pegs[dst] and pegs[dst][-1] < disk:
            raise RuntimeError("illegal move")
        pegs[dst].append(disk)
    return pegs


def main():
    moves = hanoi(3)
    for i, (disk, s, t) in enumerate(moves, 1):
        print(f"{i:>2}. move disk {disk} from {s} to {t}")
    print("final pegs:", simulate(3, moves))
    for n in range(1, 11):
        m = hanoi(n)
        assert len(m) == 2 ** n - 1
        simulate(n, m)
    print("moves for 1..10 disks:", [len(hanoi(n)) for n in range(1, 11)])
    print("moves for 64 disks:", 2 ** 64 - 1)
    years = (2 ** 64 - 1) / (60 * 60 * 24 * 365.25)
    print(f"at one move per second: {years:.3e} years")


if __name__ == "__main__":
    main()
