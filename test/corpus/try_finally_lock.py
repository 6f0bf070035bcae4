"""acquire() then try/finally release() (negative)."""
import threading

ledger = {}
ledger_lock = threading.RLock()


def post(account, amount):
    ledger_lock.acquire()
    try:
        ledger[account] = ledger.get(account, 0) + amount
    finally:
        ledger_lock.release()


def main(entries):
    threads = [threading.Thread(target=post, args=e) for e in entries]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return ledger
