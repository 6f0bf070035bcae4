"""The same dict made inside `main()` under `global`, counted under a lock that `main()` makes the same
way (negative: no findings)."""
import threading


def resolve(name):
    global seen_hosts, seen_lock
    address = name.lower()
    with seen_lock:
        if address in seen_hosts:
            seen_hosts[address] = seen_hosts[address] + 1
        else:
            seen_hosts[address] = 1


def main():
    global seen_hosts, seen_lock
    seen_hosts = {}
    seen_lock = threading.Lock()
    workers = [threading.Thread(target=resolve, args=(n,)) for n in ("a", "b", "A")]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(seen_hosts)


if __name__ == "__main__":
    main()
