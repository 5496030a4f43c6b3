# Convert identifiers between camelCase, PascalCase, snake_case and kebab-case.
import re


def camel_to_snake(name: str) -> str:
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


def snake_to_camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(w.capitalize() for w in rest)


def snake_to_pascal(name: str) -> str:
    return "".join(w.title() for w in name.split("_"))


def to_kebab(name: str) -> str:
    return camel_to_snake(name).replace("_", "-")


names = ["userId", "HTTPResponseCode", "getHTTPSUrl", "simpleTest", "parseJSONData", "already_snake", "XMLHttpRequest", "v2Endpoint"]
print(f"{'original':20} {'snake':25} {'camel':20} {'kebab':25}")
for n in names:
    snake = camel_to_snake(n)
    print(f"{n:20} {snake:25} {snake_to_camel(snake):20} {to_kebab(n):25}")

print()
for s in ["max_retry_count", "is_valid", "a_b_c", "http_server_port"]:
    print(f"{s} -> camel={snake_to_camel(s)} pascal={snake_to_pascal(s)}")
