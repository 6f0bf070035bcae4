"""A test under the lock, then the act after letting it go: two locked steps are not one (positive)."""
import threading
import time

balance = 100
balance_lock = threading.Lock()
crawled = set()
crawled_lock = threading.Lock()
seats = {}
seats_lock = threading.Lock()


def withdraw(amount):
    global balance
    with balance_lock:
        if balance < amount:  # expect: GIL004
            return False
    time.sleep(0.01)
    with balance_lock:
        balance -= amount
    return True


def pay(amount):
    global balance
    with balance_lock:
        enough = balance >= amount  # expect: GIL004
    if enough:
        with balance_lock:
            balance -= amount


def crawl(url):
    with crawled_lock:
        if url in crawled:  # expect: GIL004
            return
    print("fetching", url)
    with crawled_lock:
        crawled.add(url)


def book(seat, passenger):
    with seats_lock:
        taken = seat in seats  # expect: GIL004
    if taken:
        return False
    with seats_lock:
        seats[seat] = passenger
    return True


def refund(amount):
    global balance
    if balance + amount > 1000:  # expect: GIL004
        return
    with balance_lock:
        balance += amount


if __name__ == "__main__":
    jobs = [threading.Thread(target=withdraw, args=(60,)) for _ in range(3)]
    jobs += [threading.Thread(target=pay, args=(30,)) for _ in range(3)]
    jobs += [threading.Thread(target=refund, args=(500,)) for _ in range(3)]
    jobs += [threading.Thread(target=crawl, args=("https://example.org",)) for _ in range(3)]
    jobs += [threading.Thread(target=book, args=("12A", name)) for name in ("ann", "bob")]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
    print(balance, crawled, seats)
