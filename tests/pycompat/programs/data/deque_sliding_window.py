# Compute moving averages and recent-history buffers with collections.deque.
from collections import deque

prices = [100.0, 101.5, 99.8, 102.3, 104.1, 103.7, 105.2, 107.9, 106.4, 108.8]

window = deque(maxlen=3)
for day, price in enumerate(prices, 1):
    window.append(price)
    avg = sum(window) / len(window)
    print(f"day {day:2}: price={price:7.2f} window={list(window)} sma3={avg:.3f}")

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
d.appendleft(0)
d.extend([6, 7])
d.extendleft([-2, -1])
print("after extends:", d, "len", len(d))
print("pop:", d.pop(), "popleft:", d.popleft(), "now:", list(d))
print("maxlen:", window.maxlen, "index of 3:", d.index(3))


def max_sliding(nums, k):
    dq, out = deque(), []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out


print("sliding max k=3:", max_sliding([1, 3, -1, -3, 5, 3, 6, 7], 3))
history = deque(["cmd1", "cmd2"], maxlen=4)
for cmd in ["cmd3", "cmd4", "cmd5", "cmd6"]:
    history.append(cmd)
print("last 4 commands:", list(history))
