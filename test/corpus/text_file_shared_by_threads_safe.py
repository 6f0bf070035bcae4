"""Files and threads, safely: writes under one lock, a file per thread, a binary file's own lock, one writer thread (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor

report = open("report.txt", "w", encoding="utf-8")
report_lock = threading.Lock()
frames = open("frames.bin", "ab")
summary = open("summary.txt", "w")


def record(host, ok):
    with report_lock:
        print(host, "up" if ok else "down", file=report)


def probe(host):
    with open(f"{host}.log", "w") as own:
        own.write("probed\n")
    frames.write(host.encode())
    record(host, True)


def summarise(hosts):
    # The one thread that writes this file.
    for host in hosts:
        summary.write(host + "\n")


def main(hosts):
    with ThreadPoolExecutor(8) as pool:
        pool.map(probe, hosts)
    writer = threading.Thread(target=summarise, args=(hosts,))
    writer.start()
    writer.join()


main(["a.example", "bb.example"])
