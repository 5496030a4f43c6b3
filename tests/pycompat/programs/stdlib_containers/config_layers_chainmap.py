# Layer application settings with ChainMap (defaults < file < environment < command line) and report where each value comes from.
from collections import ChainMap
from typing import Any, Dict

defaults: Dict[str, Any] = {"host": "localhost", "port": 8080, "debug": False, "workers": 2, "log_level": "info"}
file_cfg: Dict[str, Any] = {"port": 9000, "workers": 4}
env_cfg: Dict[str, Any] = {"log_level": "warning"}
cli_cfg: Dict[str, Any] = {"debug": True}

config = ChainMap(cli_cfg, env_cfg, file_cfg, defaults)
layer_names = ["cli", "env", "file", "defaults"]

print("effective settings:")
for key in sorted(config):
    source = next(name for name, layer in zip(layer_names, config.maps) if key in layer)
    print(f"  {key:<10} = {config[key]!r:<12} (from {source})")

print("len:", len(config), "| has 'timeout':", "timeout" in config, "| get:", config.get("timeout", 30))

request = config.new_child({"port": 7000, "user": "alice"})
print("request port:", request["port"], "| parent port:", request.parents["port"])
print("request maps:", len(request.maps), "| user in base config:", "user" in config)

request["debug"] = False
print("child debug:", request["debug"], "| base debug:", config["debug"])
del request["user"]
try:
    del request["host"]
except KeyError as exc:
    print("cannot delete inherited key:", exc)

print("cli layer now:", cli_cfg)
config["workers"] = 8
print("writes go to first map:", cli_cfg, "| file layer untouched:", file_cfg)
print("flattened:", dict(sorted(dict(config).items())))
print(ChainMap({"a": 1}, {"a": 2, "b": 3}))
