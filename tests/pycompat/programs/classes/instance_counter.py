# Class attributes vs instance attributes: counting instances and shared-state pitfalls
class Ticket:
    count = 0
    next_id = 1000
    shared_tags = []  # shared by all instances (a classic pitfall)

    def __init__(self, title: str, priority: str = "normal"):
        self.title = title
        self.priority = priority
        self.id = Ticket.next_id
        Ticket.next_id += 1
        Ticket.count += 1
        self.tags: list[str] = []

    @classmethod
    def urgent(cls, title: str) -> "Ticket":
        return cls(title, priority="urgent")

    @staticmethod
    def normalize_title(title: str) -> str:
        return " ".join(title.split()).capitalize()

    def __repr__(self):
        return f"Ticket#{self.id}({self.title!r}, {self.priority})"


t1 = Ticket("Printer broken")
t2 = Ticket.urgent("Server down")
t3 = Ticket(Ticket.normalize_title("  reset   PASSWORD  for bob "))
print(t1, t2, t3, sep="\n")
print("count:", Ticket.count, "| next id:", Ticket.next_id)

t1.tags.append("hardware")
t1.shared_tags.append("seen-by-t1")
print("t2.tags:", t2.tags, "| t2.shared_tags:", t2.shared_tags)

t2.count = 99   # creates an instance attribute that shadows the class one
print("t2.count:", t2.count, "| Ticket.count:", Ticket.count, "| t3.count:", t3.count)
print("'count' in t2.__dict__:", "count" in t2.__dict__, "| in t3.__dict__:", "count" in vars(t3))
del t2.count
print("after del, t2.count:", t2.count)
print("instance keys:", list(vars(t1)))
print("class has urgent:", "urgent" in Ticket.__dict__, "| type:", type(Ticket.__dict__["urgent"]).__name__)
print("static via instance:", t1.normalize_title("HELLO   world"))
