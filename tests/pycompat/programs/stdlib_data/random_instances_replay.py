# Independent seeded Random instances for reproducible test data, plus getstate/setstate replay.
import random

class DataFaker:
    FIRST = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana"]
    LAST = ["Ng", "Okafor", "Petrov", "Quinn", "Rossi", "Sato"]
    DOMAINS = ["example.com", "mail.test", "corp.local"]

    def __init__(self, seed):
        self.rng = random.Random(seed)

    def person(self):
        first = self.rng.choice(self.FIRST)
        last = self.rng.choice(self.LAST)
        age = self.rng.randint(18, 80)
        email = f"{first.lower()}.{last.lower()}{self.rng.randrange(100)}@{self.rng.choice(self.DOMAINS)}"
        balance = round(self.rng.uniform(-500, 5000), 2)
        return {"name": f"{first} {last}", "age": age, "email": email, "balance": balance}

a = DataFaker(1234)
b = DataFaker(1234)
c = DataFaker(5678)
people = [a.person() for _ in range(5)]
for p in people:
    print(p)
print("same seed, same data:", people == [b.person() for _ in range(5)])
print("other seed:", c.person()["name"])

rng = random.Random(31337)
rng.random()
state = rng.getstate()
first_run = [rng.randint(1, 1000) for _ in range(6)]
rng.setstate(state)
second_run = [rng.randint(1, 1000) for _ in range(6)]
print(first_run, first_run == second_run)
print("state shape:", state[0], len(state[1]), state[2])

rng.seed(0)
print("seed 0:", [round(rng.random(), 6) for _ in range(3)])
rng.seed(2 ** 70 + 3)
print("big seed:", rng.getrandbits(64))
rng.seed(3.75)
print("float seed:", rng.randint(1, 10 ** 9))
rng.seed(b"bytes seed")
print("bytes seed:", rng.sample(range(100), 4))

population = list(range(20))
rng = random.Random(8)
rng.shuffle(population)
print("shuffled:", population)
print("betavariate:", round(rng.betavariate(2, 5), 6), "lognormvariate:", round(rng.lognormvariate(0, 0.5), 6))
print("vonmises:", round(rng.vonmisesvariate(0, 4), 6), "pareto:", round(rng.paretovariate(3), 6))
sysrand = random.SystemRandom()
print("system random in range:", 0 <= sysrand.random() < 1, sysrand.randint(1, 1))
try:
    random.Random(1).choice([])
except IndexError as exc:
    print("IndexError:", exc)
try:
    random.Random(1).sample({1, 2, 3}, 2)
except TypeError as exc:
    print("TypeError:", exc)
