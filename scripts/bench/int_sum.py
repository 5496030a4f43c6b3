t = 0
for i in range(3000000):
    t += i
