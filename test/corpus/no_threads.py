"""Globals changed by plain single-threaded code (negative)."""
import functools

calls = 0
memo = {}


def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]


@functools.lru_cache(maxsize=None)
def cached(n):
    return fib(n)


if __name__ == "__main__":
    print(fib(30), calls)
