# Render notification messages from string.Template and string.Formatter, reporting missing placeholders.
import string
from collections import OrderedDict

TEMPLATES = OrderedDict([
    ("welcome", "Hi $name, welcome to $team! Your first task is due on ${due}."),
    ("invoice", "Invoice $number: $$${amount} due ${due}. Contact $owner for questions."),
    ("reminder", "Reminder for $name: ${count} open item(s) in $project."),
    ("broken", "Totals: $amount and a stray $ sign"),
])

CONTEXTS = [
    {"name": "ada lovelace", "team": "analytics", "due": "2024-03-01"},
    {"number": "INV-0042", "amount": "1,250.00", "due": "2024-03-15"},
    {"name": "grace hopper", "count": 3, "project": "compiler"},
]


class PercentTemplate(string.Template):
    delimiter = "%"


def render_all():
    for key, text in TEMPLATES.items():
        tpl = string.Template(text)
        ids = tpl.get_identifiers() if tpl.is_valid() else []
        print(f"[{key}] valid={tpl.is_valid()} placeholders={ids}")
        for ctx in CONTEXTS:
            if "name" in ctx:
                ctx = dict(ctx, name=string.capwords(ctx["name"]))
            try:
                print("   ok:", tpl.substitute(ctx))
            except KeyError as exc:
                print("   missing", exc, "->", tpl.safe_substitute(ctx))
            except ValueError as exc:
                print("   invalid:", exc)
                break


render_all()
print(PercentTemplate("Disk %{mount} is %{pct}%% full").substitute(mount="/data", pct=91))


class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


fmt = DefaultFormatter()
print(fmt.format("{0}: {user} has {n:>4} credits ({status!r})", "acct", user="lin", n=37))
for literal, field, spec, conv in fmt.parse("Total {amount:,.2f} for {user!s} {{literal}}"):
    print((literal, field, spec, conv))
print(string.ascii_uppercase[:5], string.digits[::3], len(string.punctuation), string.hexdigits)
