# Running median of a stream using two heaps, checked against statistics.median.
import heapq
import statistics


class RunningMedian:
    def __init__(self) -> None:
        self.low: list[int] = []   # max-heap via negation
        self.high: list[int] = []  # min-heap

    def add(self, x: int) -> None:
        if not self.low or x <= -self.low[0]:
            heapq.heappush(self.low, -x)
        else:
            heapq.heappush(self.high, x)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self) -> float:
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2


def main() -> None:
    stream = [5, 15, 1, 3, 2, 8, 7, 9, 10, 6, 11, 4]
    rm = RunningMedian()
    seen = []
    for x in stream:
        rm.add(x)
        seen.append(x)
        m = rm.median()
        assert m == statistics.median(seen)
        print(f"add {x:>2}: median={m} (low={sorted(-v for v in rm.low)}, high={sorted(rm.high)})")
    print("final median_low/high:", statistics.median_low(seen), statistics.median_high(seen))
    merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5]))
    print("heapq.merge:", merged)


if __name__ == "__main__":
    main()
