"""Two locks taken in one `with` (negative); a global list extended in place with += outside them (negative: one object, changed in one step); a global count outside them (positive)."""
import threading

transfers = []
audit = []
transfer_lock = threading.Lock()
audit_lock = threading.Lock()
pending = []
completed = 0


def transfer(src, dst, amount):
    global transfers, audit, pending, completed
    with transfer_lock, audit_lock:
        transfers += [(src, dst, amount)]
        audit += [f"{src}->{dst}:{amount}"]
    pending += [(src, dst)]
    completed += 1  # expect: GIL001


def main(moves):
    threads = [threading.Thread(target=transfer, args=m) for m in moves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
