# Compute MD5/SHA hashes and base64/hex encodings of some strings.
import base64
import hashlib
import binascii

messages = ["", "hello", "Hello, World!", "The quick brown fox jumps over the lazy dog"]

for msg in messages:
    data = msg.encode("utf-8")
    print(f"message: {msg!r}")
    print(f"  md5:    {hashlib.md5(data).hexdigest()}")
    print(f"  sha1:   {hashlib.sha1(data).hexdigest()}")
    print(f"  sha256: {hashlib.sha256(data).hexdigest()}")

h = hashlib.sha256()
for chunk in ["The quick ", "brown fox ", "jumps over the lazy dog"]:
    h.update(chunk.encode())
print("incremental sha256 matches:", h.hexdigest() == hashlib.sha256(messages[3].encode()).hexdigest())
print("digest size:", h.digest_size, "bytes")

secret = "user:pa$$word"
b64 = base64.b64encode(secret.encode()).decode("ascii")
print("base64:", b64)
print("decoded:", base64.b64decode(b64).decode())
print("urlsafe:", base64.urlsafe_b64encode(b"\xfb\xff\xfe").decode())
print("hexlify:", binascii.hexlify(b"Python").decode())
print("bytes.hex:", "Python".encode().hex(), "fromhex:", bytes.fromhex("507974686f6e"))
print("crc32:", binascii.crc32(b"hello world"))
