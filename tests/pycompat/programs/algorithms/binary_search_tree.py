# Binary search tree: insert, in-order and level-order traversal, delete.

class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = Node(key)
                    return
                cur = cur.left
            elif key > cur.key:
                if cur.right is None:
                    cur.right = Node(key)
                    return
                cur = cur.right
            else:
                return

    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return []
        return self.inorder(node.left) + [node.key] + self.inorder(node.right)

    def level_order(self):
        levels, current = [], [self.root] if self.root else []
        while current:
            levels.append([n.key for n in current])
            current = [c for n in current for c in (n.left, n.right) if c]
        return levels

    def delete(self, key):
        def _delete(node, key):
            if node is None:
                return None
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _delete(node.right, succ.key)
            return node
        self.root = _delete(self.root, key)


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k)
print("inorder:", tree.inorder())
print("levels:", tree.level_order())
print("depth:", len(tree.level_order()))
print("contains 45/55:", 45 in tree.inorder(), 55 in tree.inorder())
for k in (20, 30, 50):
    tree.delete(k)
    print(f"after deleting {k}: {tree.inorder()} levels={tree.level_order()}")
