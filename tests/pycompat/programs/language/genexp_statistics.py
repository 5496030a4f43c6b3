# Sensor statistics with generator expressions and any/all/sum/min/max/next
readings = [("t1", 21.5, True), ("t2", 23.1, True), ("t3", 35.8, False), ("t4", 19.9, True)]

mean = sum(t for _, t, _ in readings) / len(readings)
print(f"mean: {mean:.2f} | max: {max(t for _, t, _ in readings)} | ok count: {sum(ok for *_, ok in readings)}")
print("all ok:", all(ok for *_, ok in readings), "| any > 30:", any(t > 30 for _, t, _ in readings))
print("first hot:", next((name for name, t, _ in readings if t > 30), None))
print("none over 50:", next((name for name, t, _ in readings if t > 50), "none"))
print("max of empty:", max((t for _, t, _ in readings if t > 100), default=None))
gen = (t for _, t, _ in readings)
print("consumed once:", round(sum(gen), 1), sum(gen))
print("sum of squares:", sum(x * x for x in range(1, 10_001)))
