"""The same module uses a process pool (not flagged) and a thread pool (flagged)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

cpu_calls = 0
io_calls = 0


def cpu_task(n):
    global cpu_calls
    cpu_calls += 1
    return sum(i * i for i in range(n))


def io_task(path):
    global io_calls
    io_calls += 1  # expect: GIL001
    return len(path)


def main(numbers, paths):
    with ProcessPoolExecutor() as procs:
        cpu = list(procs.map(cpu_task, numbers))
    with ThreadPoolExecutor() as threads:
        io = list(threads.map(io_task, paths))
    return cpu, io
