# Role-based permissions with Flag and IntFlag: combining, testing, iterating and printing flags
from enum import Flag, IntFlag, auto
from typing import Dict


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    SHARE = auto()
    ADMIN = READ | WRITE | DELETE | SHARE


class Mode(IntFlag):
    X = 1
    W = 2
    R = 4


ROLES: Dict[str, Perm] = {
    "viewer": Perm.READ,
    "editor": Perm.READ | Perm.WRITE,
    "owner": Perm.ADMIN,
    "auditor": Perm.READ | Perm.SHARE,
}


def describe(p: Perm) -> str:
    names = [m.name for m in p] if p else ["NONE"]
    return "+".join(names)


for role, perms in ROLES.items():
    print(f"{role:<8} {describe(perms):<24} write={bool(perms & Perm.WRITE)!s:<5} value={perms.value}")

editor = ROLES["editor"]
print("repr:", repr(editor), "str:", str(editor))
print("contains:", Perm.WRITE in editor, Perm.DELETE in editor, (Perm.READ | Perm.WRITE) in Perm.ADMIN)
print("invert:", ~editor, "xor:", editor ^ Perm.ADMIN)
print("revoke:", Perm.ADMIN & ~Perm.DELETE)
print("empty:", repr(Perm(0)), bool(Perm(0)), len(editor), len(Perm.ADMIN))
print("by value:", Perm(5), Perm(15) is Perm.ADMIN, list(Perm))
try:
    Perm(32)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])

mode = Mode.R | Mode.W
print("mode:", mode, repr(mode), int(mode), mode == 6, mode + 1, f"{mode:o}")
print("mode ops:", Mode.R | 8, repr(Mode(8)), repr(~Mode.X), Mode.W in mode, sorted(Mode))
print("octal perms:", "".join(str(int(Mode(d))) for d in (7, 5, 4)))
