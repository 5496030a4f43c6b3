# Parse a key=value configuration file with sections, comments and typed values.
CONFIG = """
# Application settings
[server]
host = 0.0.0.0
port = 8080
debug = true

[database]
url = postgres://user:pass@localhost/db   ; inline comment
pool_size = 10
timeout = 2.5
name =

[features]
enabled = search, export,  import
beta = off
bad line without equals
"""


def convert(value: str):
    low = value.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        pass
    if "," in value:
        return [v.strip() for v in value.split(",") if v.strip()]
    return value


def parse(text: str) -> dict:
    config = {}
    section = "default"
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(";", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            config.setdefault(section, {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            print(f"warning: line {lineno}: no '=' in {line!r}")
            continue
        config.setdefault(section, {})[key.strip()] = convert(value.strip())
    return config


cfg = parse(CONFIG)
for section, values in cfg.items():
    print(f"[{section}]")
    for k, v in values.items():
        print(f"  {k:10} = {v!r:40} ({type(v).__name__})")
print("Port + 1:", cfg["server"]["port"] + 1)
print("Features:", cfg["features"]["enabled"])
