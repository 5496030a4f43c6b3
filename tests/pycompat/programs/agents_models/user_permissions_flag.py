# Role-based permissions with enum.Flag: combine, test and describe access rights per user
from dataclasses import dataclass
from enum import Flag, auto
from typing import Dict, List


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    SHARE = auto()
    ADMIN = READ | WRITE | DELETE | SHARE


ROLES: Dict[str, Perm] = {
    "viewer": Perm.READ,
    "editor": Perm.READ | Perm.WRITE,
    "owner": Perm.READ | Perm.WRITE | Perm.DELETE | Perm.SHARE,
    "guest": Perm.NONE,
}


@dataclass
class User:
    name: str
    roles: List[str]
    extra: Perm = Perm.NONE

    @property
    def perms(self) -> Perm:
        total = self.extra
        for r in self.roles:
            total |= ROLES[r]
        return total

    def can(self, p: Perm) -> bool:
        return p in self.perms


def describe(p: Perm) -> str:
    if not p:
        return "(none)"
    return "+".join(m.name for m in Perm if m.value and bin(m.value).count("1") == 1 and m in p)


users = [
    User("alice", ["owner"]),
    User("bob", ["viewer"], Perm.SHARE),
    User("carol", ["editor", "viewer"]),
    User("dave", ["guest"]),
]
for u in users:
    print(f"{u.name:<6} {describe(u.perms):<25} admin={u.perms == Perm.ADMIN}")

actions = [("alice", Perm.DELETE), ("bob", Perm.WRITE), ("bob", Perm.SHARE), ("carol", Perm.WRITE | Perm.READ),
           ("dave", Perm.READ), ("carol", Perm.DELETE | Perm.WRITE)]
lookup = {u.name: u for u in users}
for name, needed in actions:
    verdict = "allowed" if lookup[name].can(needed) else "denied"
    print(f"{name} wants {describe(needed)}: {verdict}")

print(Perm.READ | Perm.WRITE in ROLES["editor"], bool(Perm.NONE), Perm.ADMIN.value)
print(repr(Perm.WRITE), Perm(3) == ROLES["editor"])
missing = Perm.ADMIN & ~lookup["carol"].perms
print("carol lacks:", describe(missing))
