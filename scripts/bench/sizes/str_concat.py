# Building a string with += : CPython appends in place (its refcount shows
# nobody else holds the string); MicroPython cannot know that and copies the
# whole string each time, so this is quadratic there by design.
s = ''
for i in range(20000):
    s += 'x'
assert len(s) == 20000
