# Config loader with a custom exception hierarchy and raise ... from e chaining
class AppError(Exception):
    """Base error for the application."""


class ConfigError(AppError):
    def __init__(self, key: str, message: str):
        super().__init__(f"config key {key!r}: {message}")
        self.key = key


class MissingKeyError(ConfigError):
    pass


class InvalidValueError(ConfigError):
    pass


RAW_CONFIG = {"port": "8080", "workers": "four", "debug": "true", "timeout": "2.5"}


def get_int(config: dict, key: str) -> int:
    try:
        raw = config[key]
    except KeyError as e:
        raise MissingKeyError(key, "is required") from e
    try:
        return int(raw)
    except ValueError as e:
        raise InvalidValueError(key, f"expected an integer, got {raw!r}") from e


def get_bool(config: dict, key: str) -> bool:
    value = config.get(key, "false").lower()
    if value not in ("true", "false"):
        raise InvalidValueError(key, "expected true/false")
    return value == "true"


for key in ("port", "workers", "retries"):
    try:
        print(f"{key} = {get_int(RAW_CONFIG, key)}")
    except ConfigError as e:
        print(f"{type(e).__name__}: {e}")
        print("   caused by:", type(e.__cause__).__name__)
        print("   is AppError:", isinstance(e, AppError), "| key attr:", e.key)

print("debug =", get_bool(RAW_CONFIG, "debug"))
print("verbose =", get_bool(RAW_CONFIG, "verbose"))


def load_all(config):
    try:
        return {"port": get_int(config, "port"), "workers": get_int(config, "workers")}
    except ConfigError as e:
        raise AppError("failed to load configuration") from e


try:
    load_all(RAW_CONFIG)
except AppError as e:
    chain = []
    err: BaseException | None = e
    while err is not None:
        chain.append(type(err).__name__)
        err = err.__cause__
    print("Chain:", " <- ".join(chain))
    print("Top message:", e)

try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("while handling") from None
except RuntimeError as e:
    print("suppressed cause:", e.__cause__, e.__suppress_context__)
