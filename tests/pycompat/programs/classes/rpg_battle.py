# Turn-based RPG battle with character classes, properties and polymorphic attacks
class Character:
    def __init__(self, name: str, hp: int, attack: int, defense: int):
        self.name = name
        self.max_hp = hp
        self._hp = hp
        self.attack = attack
        self.defense = defense

    @property
    def hp(self) -> int:
        return self._hp

    @hp.setter
    def hp(self, value: int) -> None:
        self._hp = max(0, min(self.max_hp, value))

    @property
    def alive(self) -> bool:
        return self._hp > 0

    def damage_to(self, target: "Character") -> int:
        return max(1, self.attack - target.defense)

    def act(self, target: "Character", turn: int) -> str:
        dmg = self.damage_to(target)
        target.hp -= dmg
        return f"{self.name} hits {target.name} for {dmg}"

    def __str__(self):
        bar = "#" * (10 * self._hp // self.max_hp)
        return f"{self.name:<8} [{bar:<10}] {self._hp:>3}/{self.max_hp}"


class Warrior(Character):
    def act(self, target, turn):
        if turn % 3 == 0:
            dmg = self.damage_to(target) * 2
            target.hp -= dmg
            return f"{self.name} uses CLEAVE on {target.name} for {dmg}"
        return super().act(target, turn)


class Mage(Character):
    def __init__(self, name, hp, attack, defense, mana: int):
        super().__init__(name, hp, attack, defense)
        self.mana = mana

    def act(self, target, turn):
        if self.mana >= 10:
            self.mana -= 10
            target.hp -= 15  # ignores defense
            return f"{self.name} casts FIREBALL on {target.name} for 15 (mana {self.mana})"
        return super().act(target, turn)


class Healer(Character):
    def act(self, target, turn):
        if self.hp < self.max_hp // 2:
            before = self.hp
            self.hp += 12
            return f"{self.name} heals self for {self.hp - before}"
        return super().act(target, turn)


heroes = [Warrior("Brom", 60, 14, 5), Mage("Ilsa", 35, 6, 2, mana=30)]
monsters = [Character("Goblin", 30, 9, 3), Healer("Shaman", 40, 8, 4)]
turn = 1
while any(h.alive for h in heroes) and any(m.alive for m in monsters) and turn <= 8:
    print(f"-- turn {turn} --")
    for attacker in heroes + monsters:
        if not attacker.alive:
            continue
        foes = monsters if attacker in heroes else heroes
        target = next(f for f in foes if f.alive)
        print(" ", attacker.act(target, turn))
    turn += 1
for c in heroes + monsters:
    print(c, "" if c.alive else "(defeated)")
print("winner:", "heroes" if any(h.alive for h in heroes) else "monsters", "after", turn - 1, "turns")
