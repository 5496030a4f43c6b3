# Compute content checksums for a set of in-memory "files", detect duplicates and verify a manifest.
import hashlib
import io

files = {
    "README.md": b"# Project\n\nSome docs.\n",
    "src/app.py": b"print('hello')\n" * 40,
    "src/copy_of_app.py": b"print('hello')\n" * 40,
    "data/empty.bin": b"",
    "data/blob.bin": bytes(range(256)) * 16,
}

def file_digest(data, algo="sha256", chunk=1000):
    h = hashlib.new(algo)
    stream = io.BytesIO(data)
    while True:
        block = stream.read(chunk)
        if not block:
            break
        h.update(block)
    return h.hexdigest()

manifest = {}
for path in sorted(files):
    data = files[path]
    digest = file_digest(data)
    assert digest == hashlib.sha256(data).hexdigest()
    manifest[path] = digest
    print(f"{digest[:16]}  {len(data):5d}  {path}")

by_hash = {}
for path, digest in manifest.items():
    by_hash.setdefault(digest, []).append(path)
dupes = [paths for paths in by_hash.values() if len(paths) > 1]
print("duplicates:", dupes)

print("\nAlgorithms on README.md:")
readme = files["README.md"]
for algo in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_256"]:
    h = hashlib.new(algo, readme)
    print(f"  {h.name:<9} {h.digest_size:2d} bytes  {h.hexdigest()[:32]}")
print("  shake_128(8):", hashlib.shake_128(readme).hexdigest(8))
print("  blake2b/16 keyed:", hashlib.blake2b(readme, digest_size=16, key=b"k3y").hexdigest())

# An incremental hash can be copied to fork two continuations.
base = hashlib.sha256(b"prefix:")
left, right = base.copy(), base.copy()
left.update(b"left")
right.update(b"right")
print("forked:", left.hexdigest()[:12], right.hexdigest()[:12], base.hexdigest()[:12])

files["src/app.py"] += b"# tampered\n"
changed = [p for p in sorted(files) if file_digest(files[p]) != manifest[p]]
print("changed since manifest:", changed)
print("sorted algorithms_guaranteed:", sorted(hashlib.algorithms_guaranteed))
key = hashlib.pbkdf2_hmac("sha256", b"correct horse", b"salt1234", 2000, dklen=24)
print("pbkdf2:", key.hex())
