# Library system: books, members, checkouts and custom exceptions
class LibraryError(Exception):
    pass


class BookNotAvailable(LibraryError):
    pass


class MemberLimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn: str, title: str, author: str):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.borrowed_by: "Member | None" = None

    def __repr__(self):
        status = f"borrowed by {self.borrowed_by.name}" if self.borrowed_by else "available"
        return f"<Book {self.title!r} ({status})>"


class Member:
    MAX_BOOKS = 2

    def __init__(self, name: str):
        self.name = name
        self.books: list[Book] = []


class Library:
    def __init__(self):
        self.catalog: dict[str, Book] = {}

    def add_book(self, book: Book) -> None:
        self.catalog[book.isbn] = book

    def checkout(self, isbn: str, member: Member) -> None:
        book = self.catalog[isbn]
        if book.borrowed_by is not None:
            raise BookNotAvailable(f"{book.title} is already borrowed")
        if len(member.books) >= member.MAX_BOOKS:
            raise MemberLimitReached(f"{member.name} has {len(member.books)} books")
        book.borrowed_by = member
        member.books.append(book)

    def return_book(self, isbn: str) -> None:
        book = self.catalog[isbn]
        if book.borrowed_by:
            book.borrowed_by.books.remove(book)
            book.borrowed_by = None


lib = Library()
for isbn, title, author in [
    ("111", "Dune", "Frank Herbert"),
    ("222", "Neuromancer", "William Gibson"),
    ("333", "Foundation", "Isaac Asimov"),
    ("444", "I, Robot", "Isaac Asimov"),
]:
    lib.add_book(Book(isbn, title, author))

ann, bob = Member("Ann"), Member("Bob")
actions = [("111", ann), ("111", bob), ("333", ann), ("444", ann), ("222", bob)]
for isbn, member in actions:
    try:
        lib.checkout(isbn, member)
        print(f"{member.name} borrowed {lib.catalog[isbn].title}")
    except LibraryError as e:
        print(f"{type(e).__name__}: {e}")

print("Asimov:", [b for b in lib.catalog.values() if "Asimov" in b.author])
lib.return_book("111")
print("After return:", lib.catalog["111"])
print("Ann has:", [b.title for b in ann.books])
print("Bob has:", [b.title for b in bob.books])
