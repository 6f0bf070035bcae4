import threading

from ledger import post


def start_withdrawals():
    t = threading.Thread(target=post, args=(-100,))
    t.start()
    return t
