# Document approval workflow: Enum states, a transition table and logging of every action to stdout
import logging
import sys
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List, Tuple

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("workflow")


class State(str, Enum):
    DRAFT = "draft"
    REVIEW = "review"
    APPROVED = "approved"
    REJECTED = "rejected"
    PUBLISHED = "published"


TRANSITIONS: Dict[Tuple[State, str], State] = {
    (State.DRAFT, "submit"): State.REVIEW,
    (State.REVIEW, "approve"): State.APPROVED,
    (State.REVIEW, "reject"): State.REJECTED,
    (State.REJECTED, "revise"): State.DRAFT,
    (State.APPROVED, "publish"): State.PUBLISHED,
}


@dataclass
class Document:
    title: str
    author: str
    state: State = State.DRAFT
    comments: List[str] = field(default_factory=list)

    def act(self, action: str, actor: str, note: str = "") -> bool:
        target = TRANSITIONS.get((self.state, action))
        if target is None:
            log.warning("%s: %s cannot %s a %s document", self.title, actor, action, self.state.value)
            return False
        if action == "approve" and actor == self.author:
            log.error("%s: author %s may not approve own work", self.title, actor)
            return False
        log.info("%s: %s by %s (%s -> %s)", self.title, action, actor, self.state.value, target.value)
        self.state = target
        if note:
            self.comments.append(f"{actor}: {note}")
        return True


docs = {"spec": Document("API spec", "ana"), "memo": Document("Q3 memo", "ben")}
script = [
    ("spec", "submit", "ana", ""), ("spec", "approve", "ana", ""), ("spec", "reject", "cho", "needs examples"),
    ("spec", "revise", "ana", "added examples"), ("spec", "submit", "ana", ""), ("spec", "approve", "cho", "lgtm"),
    ("spec", "publish", "cho", ""), ("memo", "publish", "ben", ""), ("memo", "submit", "ben", ""),
]
results = [docs[d].act(a, who, note) for d, a, who, note in script]
print("succeeded:", sum(results), "of", len(results))
for key, doc in docs.items():
    print(f"{key}: {doc.state.value} ({doc.state!r}) comments={doc.comments}")
print(State("review") is State.REVIEW, State.DRAFT == "draft", [s.value for s in State])
