# Routing simple HTTP-like requests with match on literal, sequence and capture patterns
def handle(request: str) -> str:
    method, _, path = request.partition(" ")
    parts = tuple(p for p in path.split("/") if p)
    match (method.upper(), parts):
        case ("GET", ()):
            return "200 index page"
        case ("GET", ("users",)):
            return "200 list users"
        case ("GET", ("users", user_id)) if user_id.isdigit():
            return f"200 show user {int(user_id)}"
        case ("GET", ("users", bad_id)):
            return f"400 invalid user id {bad_id!r}"
        case ("POST", ("users",)):
            return "201 created user"
        case ("DELETE", ("users", user_id)):
            return f"204 deleted user {user_id}"
        case ("GET" | "HEAD", ("static", *rest)) if rest:
            return f"200 file {'/'.join(rest)}"
        case ("PUT" | "PATCH" as verb, ("users", user_id, field)):
            return f"200 {verb.lower()} {field} of user {user_id}"
        case (_, ("admin", *_)):
            return "403 forbidden"
        case ("GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD", _):
            return "404 not found"
        case _:
            return f"405 method {method} not allowed"


requests = [
    "GET /",
    "GET /users",
    "GET /users/42",
    "GET /users/abc",
    "post /users",
    "DELETE /users/7",
    "HEAD /static/css/site.css",
    "GET /static",
    "PATCH /users/3/email",
    "PUT /admin/settings",
    "GET /nowhere",
    "BREW /coffee",
]
for req in requests:
    print(f"{req:<28} -> {handle(req)}")
