# Expand acronyms in a technical document on first use and build a sorted glossary of what was used.
import re
from collections import OrderedDict, Counter
from typing import Dict, Set

GLOSSARY: Dict[str, str] = {
    "API": "Application Programming Interface",
    "SLA": "Service Level Agreement",
    "CI": "Continuous Integration",
    "CD": "Continuous Delivery",
    "TLS": "Transport Layer Security",
    "SSO": "Single Sign-On",
    "RPO": "Recovery Point Objective",
    "RTO": "Recovery Time Objective",
}

DOC = """Our API is protected by TLS and SSO. The SLA guarantees 99.9% uptime for the API.
CI runs on every push; CD deploys after CI passes. Backups meet an RPO of 15 minutes and an RTO of 1 hour.
The TLS certificates rotate monthly. Unknown acronyms like XYZ and K8S are left alone, as is the word Api."""


def expand_first_use(text: str, glossary: Dict[str, str]) -> str:
    seen: Set[str] = set()

    def repl(m: "re.Match[str]") -> str:
        word = m.group(0)
        if word in glossary and word not in seen:
            seen.add(word)
            return f"{glossary[word]} ({word})"
        return word

    return re.sub(r"\b[A-Z][A-Z0-9]{1,5}\b", repl, text)


def main() -> None:
    print(expand_first_use(DOC, GLOSSARY))
    print()
    uses = Counter(re.findall(r"\b[A-Z][A-Z0-9]{1,5}\b", DOC))
    used = OrderedDict(sorted((a, GLOSSARY[a]) for a in uses if a in GLOSSARY))
    print("Glossary")
    for abbr, meaning in used.items():
        print(f"  {abbr:<4} {meaning} (x{uses[abbr]})")
    unknown = sorted(a for a in uses if a not in GLOSSARY)
    print("undefined:", unknown)
    initials = {abbr: "".join(w[0] for w in re.split(r"[\s-]+", m)).upper() for abbr, m in GLOSSARY.items()}
    mismatched = sorted(a for a, i in initials.items() if i != a)
    print("acronyms not matching their initials:", mismatched, {a: initials[a] for a in mismatched})
    print(re.sub(r"\b(\w)\w*\s*", r"\1", "Portable Network Graphics").upper())


main()
