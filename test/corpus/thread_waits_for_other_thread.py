"""Two threads that change one balance, where the second waits for the first (`deposit_thread.join()`) before it touches the balance: one after the other (negative). A third pair waits only after its own update, which can still meet the other's (positive)."""
import threading
import time

balance = 100
stock = 10


def deposit(amount):
    global balance
    time.sleep(0.5)
    balance = balance + amount


def withdraw(amount):
    global balance
    deposit_thread.join()
    balance = balance - amount


def restock(n):
    global stock
    time.sleep(0.1)
    stock = stock + n  # expect: GIL001


def sell(n):
    global stock
    stock = stock - n  # expect: GIL001
    restock_thread.join()


if __name__ == "__main__":
    deposit_thread = threading.Thread(target=deposit, args=(50,))
    withdraw_thread = threading.Thread(target=withdraw, args=(30,))
    restock_thread = threading.Thread(target=restock, args=(5,))
    sell_thread = threading.Thread(target=sell, args=(3,))
    for t in (deposit_thread, withdraw_thread, restock_thread, sell_thread):
        t.start()
    for t in (deposit_thread, withdraw_thread, restock_thread, sell_thread):
        t.join()
    print(balance, stock)
