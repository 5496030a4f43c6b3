# str.format with a wide field, five times (the same padding path).
for i in range(5):
    x = '{:>1000000}'.format(i)
assert len(x) == 10**6
