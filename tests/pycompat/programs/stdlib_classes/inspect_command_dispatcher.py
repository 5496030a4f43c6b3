# Command dispatcher that introspects handler functions with inspect: signatures, defaults, kinds and binding
import inspect
from typing import Callable, Dict, List


class Commands:
    """Admin commands.

    Each public method is a command; its parameters are the arguments.
    """

    def create_user(self, name: str, age: int = 30, *, admin: bool = False) -> str:
        return f"created {name} ({age}) admin={admin}"

    def delete_user(self, name: str) -> str:
        return f"deleted {name}"

    def tag(self, name: str, *tags: str) -> str:
        return f"{name}: {', '.join(tags) or 'no tags'}"

    def _internal(self) -> None:
        pass


def convert(value: str, annotation) -> object:
    if annotation is bool:
        return value.lower() in ("1", "true", "yes")
    if annotation in (int, float):
        return annotation(value)
    return value


def dispatch(registry: Dict[str, Callable], line: str) -> str:
    name, *words = line.split()
    func = registry[name]
    sig = inspect.signature(func)
    args: List[object] = []
    kwargs: Dict[str, object] = {}
    params = list(sig.parameters.values())
    positional = [p for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL)]
    for word in words:
        if "=" in word:
            key, value = word.split("=", 1)
            kwargs[key] = convert(value, sig.parameters[key].annotation)
        else:
            p = positional[min(len(args), len(positional) - 1)]
            args.append(convert(word, p.annotation))
    bound = sig.bind(*args, **kwargs)
    bound.apply_defaults()
    return f"{func(*bound.args, **bound.kwargs)}  <- {dict(bound.arguments)}"


cmds = Commands()
registry = {name: member for name, member in inspect.getmembers(cmds, inspect.ismethod) if not name.startswith("_")}
print("commands:", sorted(registry))
for name in sorted(registry):
    sig = inspect.signature(registry[name])
    print(f"  {name}{sig}")
    for p in sig.parameters.values():
        default = "required" if p.default is inspect.Parameter.empty else repr(p.default)
        print(f"    {p.name:<6} {p.kind.description:<22} {default}")

for line in ["create_user ana", "create_user bo 41 admin=true", "tag ana red blue", "delete_user bo", "create_user"]:
    try:
        print(">", dispatch(registry, line))
    except TypeError as e:
        print("> error:", e)
print(inspect.getdoc(Commands))
print(inspect.isclass(Commands), inspect.isfunction(Commands.tag), inspect.ismethod(cmds.tag), inspect.isfunction(convert))
