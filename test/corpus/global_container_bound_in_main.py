"""A dict made only inside `main()` under `global seen_hosts`, and changed by the thread function under its
own `global` declaration: one module-level dict for every thread (positive: GIL004 once, GIL001 once)."""
import threading


def resolve(name):
    global seen_hosts
    address = name.lower()
    if address in seen_hosts:  # expect: GIL004
        seen_hosts[address] = seen_hosts[address] + 1  # expect: GIL001
    else:
        seen_hosts[address] = 1


def main():
    global seen_hosts
    seen_hosts = {}
    workers = [threading.Thread(target=resolve, args=(n,)) for n in ("a", "b", "A")]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(seen_hosts)


if __name__ == "__main__":
    main()
