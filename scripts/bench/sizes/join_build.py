# The linear way to build a string in any Python: collect, then join.
parts = []
for i in range(200000):
    parts.append('x')
s = ''.join(parts)
assert len(s) == 200000
