# Application config singleton implemented with __new__
class AppConfig:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating AppConfig instance")
            cls._instance = super().__new__(cls)
            cls._instance.values = {}
        return cls._instance

    def __init__(self, env: str = "dev"):
        self.values.setdefault("env", env)

    def __repr__(self):
        return f"AppConfig({self.values})"


a = AppConfig("prod")
a.values["db_host"] = "db.internal"
b = AppConfig("test")  # same object; env stays "prod"
print("a is b:", a is b, "|", b)
print("env:", b.values["env"], "| keys:", sorted(AppConfig().values))
