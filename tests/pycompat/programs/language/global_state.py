# Module-level counters and config updated through the global keyword
REQUEST_COUNT = 0
CONFIG = {"verbose": False}


def handle_request(path: str) -> str:
    global REQUEST_COUNT
    REQUEST_COUNT += 1
    if CONFIG["verbose"]:  # reading/mutating a global dict needs no 'global'
        print(f"  [verbose] handling {path}")
    return f"#{REQUEST_COUNT} {path}"


print(handle_request("/"))
CONFIG["verbose"] = True
print(handle_request("/about"))
print("REQUEST_COUNT:", REQUEST_COUNT, "| in globals():", "REQUEST_COUNT" in globals())
