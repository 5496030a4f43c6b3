# Course enrollment with capacity limits, waitlists (deque) and prerequisite checks
from collections import deque
from dataclasses import dataclass, field
from typing import Deque, Dict, List, Set


class EnrollmentError(Exception):
    pass


@dataclass
class Course:
    code: str
    capacity: int
    prereqs: Set[str] = field(default_factory=set)
    enrolled: List[str] = field(default_factory=list)
    waitlist: Deque[str] = field(default_factory=deque)


@dataclass
class Student:
    sid: str
    completed: Set[str] = field(default_factory=set)


class Registrar:
    def __init__(self, courses: List[Course], students: List[Student]):
        self.courses: Dict[str, Course] = {c.code: c for c in courses}
        self.students: Dict[str, Student] = {s.sid: s for s in students}

    def enroll(self, sid: str, code: str) -> str:
        course = self.courses[code]
        missing = course.prereqs - self.students[sid].completed
        if missing:
            raise EnrollmentError(f"{sid} missing {', '.join(sorted(missing))} for {code}")
        if sid in course.enrolled or sid in course.waitlist:
            raise EnrollmentError(f"{sid} already registered for {code}")
        if len(course.enrolled) < course.capacity:
            course.enrolled.append(sid)
            return "enrolled"
        course.waitlist.append(sid)
        return f"waitlisted (#{len(course.waitlist)})"

    def drop(self, sid: str, code: str) -> None:
        course = self.courses[code]
        course.enrolled.remove(sid)
        if course.waitlist:
            promoted = course.waitlist.popleft()
            course.enrolled.append(promoted)
            print(f"  {promoted} promoted from waitlist in {code}")


reg = Registrar(
    [Course("CS101", 2), Course("CS201", 2, {"CS101"}), Course("MA301", 1, {"MA101", "MA201"})],
    [Student("s1", {"CS101"}), Student("s2"), Student("s3", {"CS101", "MA101"}), Student("s4", {"CS101"})],
)
requests = [("s2", "CS101"), ("s3", "CS101"), ("s1", "CS101"), ("s4", "CS101"), ("s2", "CS201"),
            ("s1", "CS201"), ("s3", "CS201"), ("s4", "CS201"), ("s3", "MA301"), ("s1", "CS201")]
for sid, code in requests:
    try:
        print(f"{sid} -> {code}: {reg.enroll(sid, code)}")
    except EnrollmentError as exc:
        print(f"{sid} -> {code}: ERROR {exc}")
reg.drop("s2", "CS101")
reg.drop("s1", "CS201")
for c in reg.courses.values():
    print(f"{c.code}: enrolled={c.enrolled} waitlist={list(c.waitlist)}")
