"""Two locks taken in one `with`, and a global list extended with += (negative, then positive)."""
import threading

transfers = []
audit = []
transfer_lock = threading.Lock()
audit_lock = threading.Lock()
pending = []


def transfer(src, dst, amount):
    global transfers, audit, pending
    with transfer_lock, audit_lock:
        transfers += [(src, dst, amount)]
        audit += [f"{src}->{dst}:{amount}"]
    pending += [(src, dst)]  # expect: GIL001


def main(moves):
    threads = [threading.Thread(target=transfer, args=m) for m in moves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
