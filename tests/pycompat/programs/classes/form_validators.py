# Form validation helpers grouped as @staticmethods, with a classmethod running all checks
import re


class Validators:
    EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")

    @staticmethod
    def required(value: str) -> str | None:
        return None if value and value.strip() else "is required"

    @staticmethod
    def min_length(n: int):
        def check(value: str) -> str | None:
            return None if len(value) >= n else f"must be at least {n} characters"
        return check

    @staticmethod
    def is_int_between(lo: int, hi: int):
        def check(value: str) -> str | None:
            try:
                v = int(value)
            except ValueError:
                return "must be an integer"
            return None if lo <= v <= hi else f"must be between {lo} and {hi}"
        return check

    @classmethod
    def email(cls, value: str) -> str | None:
        return None if cls.EMAIL_RE.match(value) else "is not a valid email"


SCHEMA = {
    "username": [Validators.required, Validators.min_length(3)],
    "email": [Validators.required, Validators.email],
    "age": [Validators.required, Validators.is_int_between(13, 120)],
    "password": [Validators.min_length(8)],
}


def validate(form: dict[str, str]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for field_name, checks in SCHEMA.items():
        value = form.get(field_name, "")
        for check in checks:
            msg = check(value)
            if msg:
                errors.setdefault(field_name, []).append(msg)
                break
    return errors


forms = [
    {"username": "alice", "email": "alice@example.com", "age": "30", "password": "s3cretpass"},
    {"username": "al", "email": "alice@", "age": "abc", "password": "short"},
    {"username": "  ", "email": "bob.smith+tag@mail.co.uk", "age": "7"},
]
for i, form in enumerate(forms, 1):
    errs = validate(form)
    print(f"form {i}: {'valid' if not errs else 'invalid'}")
    for name, msgs in errs.items():
        print(f"   {name}: {', '.join(msgs)}")
print("static call on class:", Validators.required(""), Validators.required("x"))
print("email checks:", [Validators.email(e) is None for e in ("a@b.io", "no-at.io", "x@y")])
