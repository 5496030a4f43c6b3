# Coin change: minimum coins and number of ways, plus greedy comparison.

def min_coins(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    choice = [0] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
                choice[a] = c
    if dp[amount] == INF:
        return -1, []
    used = []
    while amount > 0:
        used.append(choice[amount])
        amount -= choice[amount]
    return len(used), sorted(used, reverse=True)


def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def greedy(coins, amount):
    used = []
    for c in sorted(coins, reverse=True):
        while amount >= c:
            amount -= c
            used.append(c)
    return used if amount == 0 else None


def main():
    systems = {"us": [1, 5, 10, 25], "odd": [1, 3, 4], "no_one": [5, 7]}
    for name, coins in systems.items():
        print(f"== {name} {coins}")
        for amount in [0, 6, 11, 23, 63]:
            n, used = min_coins(coins, amount)
            g = greedy(coins, amount)
            print(f"  {amount:>3}: min={n:>2} coins={used} greedy={g} ways={count_ways(coins, amount)}")
    print("ways to make 100 cents:", count_ways([1, 5, 10, 25, 50], 100))
    print("ways to make 200 pence:", count_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))


if __name__ == "__main__":
    main()
