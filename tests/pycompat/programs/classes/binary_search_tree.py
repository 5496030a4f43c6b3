# Binary search tree with insert, in-order iteration (also used by `in`) and deletion
class BST:
    class _Node:
        __slots__ = ("key", "left", "right")

        def __init__(self, key):
            self.key, self.left, self.right = key, None, None

    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)

    def insert(self, key) -> bool:
        if self.root is None:
            self.root = self._Node(key)
            self.size += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key))
                self.size += 1
                return True
            node = child

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def __len__(self):
        return self.size

    def delete(self, key) -> None:
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.size -= 1


tree = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print("in-order:", list(tree))
print("size:", len(tree))
print("insert 40 again:", tree.insert(40), "| insert 85:", tree.insert(85))
print("contains 45/99:", 45 in tree, 99 in tree)
for k in (20, 30, 50):
    tree.delete(k)
    print(f"after delete {k}:", list(tree), "root =", tree.root.key)
try:
    tree.delete(1000)
except KeyError as e:
    print("KeyError:", e)
print("min/max:", min(tree), max(tree), "| size:", len(tree))
