# Processing webhook-style JSON events with mapping patterns, guards and **rest
import json

EVENTS = """[
  {"type": "push", "repo": "api", "commits": [{"msg": "fix bug"}, {"msg": "add test"}]},
  {"type": "push", "repo": "web", "commits": []},
  {"type": "issue", "action": "opened", "issue": {"number": 12, "title": "Crash on start"}},
  {"type": "issue", "action": "closed", "issue": {"number": 9}},
  {"type": "pull_request", "action": "merged", "pr": {"number": 31, "base": "main"}, "user": "dee"},
  {"type": "pull_request", "action": "opened", "pr": {"number": 32, "base": "dev"}, "labels": ["wip"]},
  {"type": "star", "user": "eve", "count": 1000},
  {"type": "star", "user": "fay", "count": 57},
  {"kind": "malformed"},
  {"type": "deploy", "env": "prod", "version": "1.4.2", "by": "ci", "region": "eu"}
]"""


def handle(event: dict) -> str:
    match event:
        case {"type": "push", "commits": []}:
            return "empty push ignored"
        case {"type": "push", "repo": repo, "commits": [{"msg": first_msg}, *more]}:
            return f"push to {repo}: {first_msg!r} and {len(more)} more"
        case {"type": "issue", "action": "opened", "issue": {"number": n, "title": title}}:
            return f"new issue #{n}: {title}"
        case {"type": "issue", "action": action, "issue": {"number": n}}:
            return f"issue #{n} {action}"
        case {"type": "pull_request", "action": "merged", "pr": {"base": "main", "number": n}}:
            return f"PR #{n} merged into main -> trigger release"
        case {"type": "pull_request", "pr": {"number": n}, **rest}:
            return f"PR #{n} event with extra keys {sorted(rest)}"
        case {"type": "star", "count": int(c), "user": user} if c % 1000 == 0:
            return f"milestone! {user} gave star number {c}"
        case {"type": "star", "user": str(user)}:
            return f"starred by {user}"
        case {"type": str(kind), **details}:
            return f"unhandled {kind} event ({len(details)} fields: {', '.join(sorted(details))})"
        case _:
            return "invalid event"


for i, ev in enumerate(json.loads(EVENTS), 1):
    print(f"{i:2}. {handle(ev)}")
