# Maximum subarray sum (Kadane), max product subarray, and best stock trade.

def max_subarray(nums):
    best = cur = nums[0]
    start = best_start = best_end = 0
    for i in range(1, len(nums)):
        if cur < 0:
            cur = nums[i]
            start = i
        else:
            cur += nums[i]
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, nums[best_start:best_end + 1]


def max_product(nums):
    hi = lo = best = nums[0]
    for x in nums[1:]:
        candidates = (x, hi * x, lo * x)
        hi, lo = max(candidates), min(candidates)
        best = max(best, hi)
    return best


def best_trade(prices):
    lowest = prices[0]
    lowest_day = 0
    best = (0, 0, 0)
    for day, p in enumerate(prices):
        if p - lowest > best[0]:
            best = (p - lowest, lowest_day, day)
        if p < lowest:
            lowest, lowest_day = p, day
    return best


def main():
    cases = [
        [-2, 1, -3, 4, -1, 2, 1, -5, 4],
        [1],
        [-3, -1, -2],
        [5, 4, -1, 7, 8],
        [2, -8, 3, -2, 4, -10],
    ]
    for c in cases:
        s, sub = max_subarray(c)
        print(f"{c}: max sum {s} from {sub}; max product {max_product(c)}")
    prices = [7.5, 1.25, 5.0, 3.75, 6.5, 4.0, 0.5, 2.0]
    profit, buy, sell = best_trade(prices)
    print(f"buy day {buy} at {prices[buy]}, sell day {sell} at {prices[sell]}, profit {profit}")
    print("no profit case:", best_trade([9, 8, 7, 6]))


if __name__ == "__main__":
    main()
