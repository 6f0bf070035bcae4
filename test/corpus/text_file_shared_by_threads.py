"""One text file written by several threads through the same file object (positive: GIL001 three times)."""
import threading
from concurrent.futures import ThreadPoolExecutor

report = open("report.txt", "w", encoding="utf-8")


def record(host, ok):
    print(host, "up" if ok else "down", file=report)  # expect: GIL001


def probe(host, out):
    ok = len(host) % 2 == 0
    out.write(f"{host}: {ok}\n")  # expect: GIL001
    record(host, ok)


def audit(names):
    for name in names:
        report.write(name + "\n")  # expect: GIL001


def main(hosts):
    with open("probes.log", "a") as log:
        with ThreadPoolExecutor(8) as pool:
            for host in hosts:
                pool.submit(probe, host, log)
    threading.Thread(target=audit, args=(hosts,)).start()


main(["a.example", "bb.example", "ccc.example"])
