# User sign-up records validated in __post_init__, collecting errors and normalizing fields
import re
from dataclasses import dataclass, field, fields
from typing import List, Optional

EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


class ValidationError(ValueError):
    def __init__(self, problems: List[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class SignUp:
    username: str
    email: str
    age: int
    country: str = "us"
    referral: Optional[str] = None
    interests: List[str] = field(default_factory=list)

    def __post_init__(self):
        problems = []
        self.username = self.username.strip().lower()
        self.email = self.email.strip().lower()
        self.country = self.country.upper()
        self.interests = sorted({i.strip().lower() for i in self.interests if i.strip()})
        if not re.fullmatch(r"[a-z0-9_]{3,16}", self.username):
            problems.append(f"username {self.username!r} must be 3-16 chars of a-z, 0-9, _")
        if not EMAIL_RE.match(self.email):
            problems.append(f"email {self.email!r} is not valid")
        if not 13 <= self.age <= 120:
            problems.append(f"age {self.age} out of range")
        if problems:
            raise ValidationError(problems)


submissions = [
    dict(username="  Jane_Doe ", email="Jane.Doe@Example.com", age=29, interests=["Hiking", "chess", " hiking "]),
    dict(username="x", email="nope@", age=8),
    dict(username="mark99", email="mark@mail.co.uk", age=41, country="gb", referral="jane_doe"),
    dict(username="bad name!", email="ok@ok.io", age=200),
]
accepted: List[SignUp] = []
for i, data in enumerate(submissions, 1):
    try:
        user = SignUp(**data)
    except ValidationError as exc:
        print(f"#{i} rejected with {len(exc.problems)} problem(s):")
        for p in exc.problems:
            print("    -", p)
    else:
        accepted.append(user)
        print(f"#{i} accepted: {user}")

print("\ncolumns:", [f.name for f in fields(SignUp)])
for u in accepted:
    print(" | ".join(str(getattr(u, f.name)) for f in fields(u)))
print(isinstance(ValidationError(["a"]), ValueError))
