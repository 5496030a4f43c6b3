# Padding a field to a width of a million, five times: linear work that
# unpatched MicroPython did 16 bytes at a time, growing the string each time.
for i in range(5):
    x = '%*d' % (10**6, i)
assert len(x) == 10**6 and x.endswith("4")
