"""Tests and acts under one lock, a second test under the second lock, and a cache that computes outside its lock on purpose (negative)."""
import threading

balance = 100
balance_lock = threading.Lock()
crawled = set()
crawled_lock = threading.Lock()
memo = {}
memo_lock = threading.Lock()


def withdraw(amount):
    global balance
    with balance_lock:
        if balance < amount:
            return False
        balance -= amount
    return True


def crawl(url):
    with crawled_lock:
        if url in crawled:
            return
    body = url.upper()
    with crawled_lock:
        if url in crawled:
            return
        crawled.add(url)
    print(body)


def square(n):
    with memo_lock:
        if n in memo:
            return memo[n]
    value = n * n
    with memo_lock:
        memo[n] = value
    return value


if __name__ == "__main__":
    jobs = [threading.Thread(target=withdraw, args=(60,)) for _ in range(3)]
    jobs += [threading.Thread(target=crawl, args=("https://example.org",)) for _ in range(3)]
    jobs += [threading.Thread(target=square, args=(7,)) for _ in range(3)]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
    print(balance, crawled, memo)
