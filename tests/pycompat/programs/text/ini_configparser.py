# Read an INI configuration from a string with configparser and print typed values.
import configparser

INI = """
[DEFAULT]
timeout = 30
retries = 3

[web]
host = example.com
port = 443
use_tls = yes
paths = /, /api, /static

[worker]
threads = 4
retries = 5
ratio = 0.75
log_dir = /var/log/${host}
"""

config = configparser.ConfigParser()
config.read_string(INI)

print("Sections:", config.sections())
for name in config.sections():
    sec = config[name]
    print(f"[{name}]")
    for key in sec:
        print(f"  {key} = {sec[key]}")

web = config["web"]
print("port+1:", web.getint("port") + 1)
print("use_tls:", web.getboolean("use_tls"))
print("paths:", [p.strip() for p in web["paths"].split(",")])
print("worker ratio x2:", config.getfloat("worker", "ratio") * 2)
print("inherited timeout:", config["worker"].getint("timeout"))
print("overridden retries:", config.getint("worker", "retries"), "vs", config.getint("web", "retries"))
print("fallback:", config.get("web", "missing", fallback="n/a"))
print("has_option:", config.has_option("worker", "threads"), config.has_section("db"))
try:
    config.get("db", "host")
except configparser.NoSectionError as e:
    print(f"error: {type(e).__name__}")
