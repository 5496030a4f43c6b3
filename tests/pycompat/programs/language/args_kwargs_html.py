# *args and **kwargs: building HTML tags, forwarding arguments and merging options
def tag(name: str, *children, **attrs) -> str:
    attr_text = "".join(
        f' {k.rstrip("_").replace("_", "-")}="{v}"' if v is not True else f" {k}"
        for k, v in attrs.items()
        if v is not False and v is not None
    )
    if not children:
        return f"<{name}{attr_text} />"
    return f"<{name}{attr_text}>{''.join(children)}</{name}>"


def div(*children, **attrs):
    return tag("div", *children, **attrs)


def link(text: str, href: str, **attrs):
    attrs.setdefault("target", "_blank")
    return tag("a", text, href=href, **attrs)


def summarize(*args, **kwargs) -> str:
    return f"{len(args)} positional {args}, {len(kwargs)} keyword {sorted(kwargs.items())}"


def call_with(func, *args, **kwargs):
    print(f"calling {func.__name__} with args={args} kwarg names={list(kwargs)}")
    return func(*args, **kwargs)


print(tag("br"))
print(tag("p", "Hello ", tag("b", "world"), class_="intro"))
print(tag("input", type="checkbox", checked=True, disabled=False, data_id=42))
print(div(link("Docs", "/docs"), link("Home", "/", target="_self"), id="nav"))
print(summarize())
print(summarize(1, "two", [3], flag=True, level=2))
items = ["a", "b", "c"]
opts = {"sep": "-", "end": "!\n"}
print(*items, **opts)
print(call_with(max, 3, 9, 4, key=lambda x: -x))
print(call_with(sorted, [3, 1, 2], reverse=True))
base = {"color": "red", "size": 10}
override = {"size": 12, "weight": "bold"}
print(call_with(summarize, *items, **{**base, **override}))
