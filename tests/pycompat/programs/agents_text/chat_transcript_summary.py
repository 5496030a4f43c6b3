# Summarize a support chat transcript: speaker stats, response times, questions and a shortened digest.
import re
import textwrap
from collections import Counter, OrderedDict
from datetime import datetime
from typing import List, NamedTuple

TRANSCRIPT = """\
[09:02:11] Customer: Hi, my order #5521 hasn't arrived and tracking stopped updating on Monday. Can you help?
[09:03:40] Agent Lee: Hello! Sorry about that. Let me look up order #5521 for you.
[09:05:02] Agent Lee: It looks like the parcel is held at the Denver depot due to an address issue.
[09:05:30] Customer: Oh no. Is the address wrong? It should be 14 Elm Street, apartment 3.
[09:07:15] Agent Lee: The label is missing the apartment number. I've updated it and requested redelivery.
[09:07:59] Customer: Great, when will it arrive?
[09:09:20] Agent Lee: Expected delivery is Thursday. I've also refunded the shipping fee.
[09:09:45] Customer: Thank you so much!
"""

LINE_RE = re.compile(r"^\[(\d{2}:\d{2}:\d{2})\] ([^:]+): (.*)$")


class Message(NamedTuple):
    at: datetime
    speaker: str
    text: str


def main() -> None:
    messages: List[Message] = []
    for line in TRANSCRIPT.splitlines():
        m = LINE_RE.match(line)
        if m:
            messages.append(Message(datetime.strptime(m[1], "%H:%M:%S"), m[2], m[3]))
    stats = OrderedDict()
    for msg in messages:
        s = stats.setdefault(msg.speaker, {"messages": 0, "words": 0})
        s["messages"] += 1
        s["words"] += len(msg.text.split())
    for speaker, s in stats.items():
        print(f"{speaker:<10} {s['messages']} messages, {s['words']} words")
    waits = [(b.at - a.at).total_seconds() for a, b in zip(messages, messages[1:])
             if a.speaker == "Customer" and b.speaker != "Customer"]
    print("agent response times (s):", waits, "avg:", sum(waits) / len(waits))
    duration = messages[-1].at - messages[0].at
    print("chat duration:", duration, "=", int(duration.total_seconds() // 60), "min")
    questions = [m.text for m in messages if m.text.rstrip().endswith("?")]
    print("questions asked:", len(questions))
    for q in questions:
        print("  -", textwrap.shorten(q, width=45, placeholder="..."))
    refs = sorted(set(re.findall(r"#(\d+)", TRANSCRIPT)))
    words = Counter(w for w in re.findall(r"[a-z]{5,}", TRANSCRIPT.lower()))
    print("order refs:", refs, "| keywords:", [w for w, _ in words.most_common(4)])
    digest = " ".join(m.text for m in messages if m.speaker != "Customer")
    print(textwrap.fill(textwrap.shorten(digest, 160), width=60, initial_indent="Digest: ", subsequent_indent="        "))


main()
