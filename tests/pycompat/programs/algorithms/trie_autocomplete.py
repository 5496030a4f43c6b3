# Trie for word insertion, prefix search and autocomplete suggestions.


class TrieNode:
    def __init__(self) -> None:
        self.children: dict[str, "TrieNode"] = {}
        self.is_word = False
        self.count = 0


class Trie:
    def __init__(self) -> None:
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.is_word = True

    def _find(self, prefix: str):
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return None
            node = node.children[ch]
        return node

    def contains(self, word: str) -> bool:
        node = self._find(word)
        return bool(node and node.is_word)

    def count_prefix(self, prefix: str) -> int:
        node = self._find(prefix)
        return node.count if node else 0

    def complete(self, prefix: str, limit: int = 5) -> list[str]:
        node = self._find(prefix)
        results: list[str] = []
        if node is None:
            return results

        def walk(n: TrieNode, path: str) -> None:
            if len(results) >= limit:
                return
            if n.is_word:
                results.append(path)
            for ch in sorted(n.children):
                walk(n.children[ch], path + ch)

        walk(node, prefix)
        return results


def main() -> None:
    words = ["car", "card", "care", "careful", "cart", "cat", "dog", "dot", "do", "zebra"]
    t = Trie()
    for w in words:
        t.insert(w)
    for p in ["ca", "car", "do", "z", "x", ""]:
        print(f"{p!r}: count={t.count_prefix(p)} complete={t.complete(p)}")
    for w in ["car", "ca", "careful", "cars"]:
        print(f"contains {w!r}: {t.contains(w)}")


if __name__ == "__main__":
    main()
