# Seeded Monte Carlo simulations: dice statistics, a random walk, weighted sampling and a card shuffle.
import random
import statistics

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
counts = {total: rolls.count(total) for total in range(2, 13)}
for total, n in counts.items():
    print(f"{total:2d} {'#' * (n // 20)} {n}")
print("mean:", round(statistics.mean(rolls), 3), "stdev:", round(statistics.stdev(rolls), 3))

random.seed(7)
position, path = 0, []
for _ in range(25):
    position += random.choice([-1, 1])
    path.append(position)
print("walk:", path, "max:", max(path), "min:", min(path))

random.seed(99)
inside = sum(1 for _ in range(5000) if random.random() ** 2 + random.random() ** 2 <= 1.0)
print("pi estimate:", 4 * inside / 5000)

random.seed(11)
servers = ["us-east", "us-west", "eu", "asia"]
picks = random.choices(servers, weights=[5, 3, 1, 1], k=20)
print("weighted picks:", picks)
print("tally:", {s: picks.count(s) for s in servers})
print("cum_weights:", random.choices("abc", cum_weights=[1, 5, 6], k=8))

random.seed(42)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i:i + 5] for i in range(0, 20, 5)]
for i, hand in enumerate(hands, 1):
    print(f"hand {i}: {' '.join(hand)}")
print("sample:", random.sample(range(1, 50), 6), sorted(random.sample(deck, 3)))

random.seed("reproducible-string-seed")
print("string seed:", [round(random.uniform(10, 20), 4) for _ in range(3)], random.randrange(0, 100, 5))
print("gauss:", [round(random.gauss(100, 15), 3) for _ in range(4)])
print("expo/triangular:", round(random.expovariate(0.5), 5), round(random.triangular(0, 10, 8), 5))
print("bits:", random.getrandbits(40), random.randbytes(4).hex())
