# The mutable default argument pitfall and the None-sentinel fix
def add_tag_buggy(tag: str, tags: list = []) -> list:
    tags.append(tag)
    return tags


def add_tag_fixed(tag: str, tags: list | None = None) -> list:
    if tags is None:
        tags = []
    tags.append(tag)
    return tags


print("buggy:", add_tag_buggy("a"), add_tag_buggy("b"), add_tag_buggy("c", ["x"]))
print("shared default now:", add_tag_buggy.__defaults__)
print("fixed:", add_tag_fixed("a"), add_tag_fixed("b"), add_tag_fixed("c", ["x"]))
grid = [[0] * 3] * 3
grid[0][0] = 1
print("aliased rows:", grid, "| fixed:", [[1 if (r, c) == (0, 0) else 0 for c in range(3)] for r in range(3)])
