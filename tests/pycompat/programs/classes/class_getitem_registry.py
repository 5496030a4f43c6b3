# Typed container using __class_getitem__ to create validated collection types
class TypedList:
    item_type: type = object
    _cache: dict[type, type] = {}

    def __class_getitem__(cls, item_type: type) -> type:
        if item_type not in cls._cache:
            name = f"TypedList[{item_type.__name__}]"
            cls._cache[item_type] = type(name, (cls,), {"item_type": item_type})
        return cls._cache[item_type]

    def __init__(self, items=()):
        self._data = []
        for item in items:
            self.append(item)

    def append(self, item) -> None:
        if not isinstance(item, self.item_type):
            raise TypeError(
                f"{type(self).__name__} cannot hold {type(item).__name__}"
            )
        self._data.append(item)

    def __len__(self):
        return len(self._data)

    def __getitem__(self, i):
        return self._data[i]

    def __repr__(self):
        return f"{type(self).__name__}({self._data!r})"


IntList = TypedList[int]
StrList = TypedList[str]
print(IntList.__name__, StrList.__name__)
print("Same class on repeat:", TypedList[int] is IntList)

nums = IntList([3, 1, 4])
nums.append(1)
print(nums, "len", len(nums), "first", nums[0], "slice", nums[1:3])
try:
    nums.append("five")
except TypeError as e:
    print("TypeError:", e)

words = StrList(["alpha", "beta"])
print(words)
try:
    StrList(["ok", 2])
except TypeError as e:
    print("TypeError:", e)

print("isinstance of base:", isinstance(words, TypedList))
print("subclass check:", issubclass(IntList, TypedList), IntList.item_type.__name__)
print("builtin generics:", list[int], dict[str, list[int]])
