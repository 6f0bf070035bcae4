"""GIL Lab's scheduler sampler (Linux). Standard library only; any CPython 3.9+.

Runs as its own process beside the measuring harness, so sampling takes no GIL in the interpreter it
watches. Usage: gil_lab_sampler.py PID [INTERVAL_SECONDS]. Says {"v": 1, "type": "ready"} once it has
started (the caller holds the measurement until then), then reads commands on stdin, one a line:

  on    start sampling every thread of PID and of its child processes, about every INTERVAL;
        answers {"v": 1, "type": "on", "at": TIME} once the first sample is taken
  off   stop, and write what was seen as one JSON line on stdout
  (end of stdin: exit)

What it writes: {"v": 1, "type": "trace", "trace": {...}} with, per thread, its state runs: consecutive
samples with the same state letter (and, for a waiting thread, the same system call) collapse into
[first seen, last seen, state, syscall or null]. Times are time.monotonic() seconds, the clock behind
the harness's time.perf_counter() on Linux. The state letter comes from /proc/PID/task/TID/stat (R runs
or is ready to run, S/D waits); the syscall number from .../syscall when a wait starts; the thread's
run time in nanoseconds from .../schedstat when its state changes and when sampling stops.
"""
import json
import os
import select
import sys
import time

PROTOCOL = 1
CHILDREN_EVERY = 20  # samples between looks for new child processes (pool workers live long)
# While the watched threads keep every CPU busy and nothing changes, each sample takes CPU from them
# and tells nothing new: sample BUSY_FACTOR times less often until something changes.
STEADY_SAMPLES = 5
BUSY_FACTOR = 4


def read(fd, size=1024):
    return os.pread(fd, size, 0)


class Task:
    """One thread being sampled: its open /proc files and the runs of states seen so far."""

    def __init__(self, pid, tid):
        base = "/proc/%d/task/%d/" % (pid, tid)
        self.pid, self.tid = pid, tid
        self.stat = os.open(base + "stat", os.O_RDONLY)
        self.base = base
        self.schedstat = None
        self.syscall = None
        self.runs = []  # [first, last, state, syscall]
        self.run_ns = []  # [[time, ns], ...]: first reading, at each state change, last reading
        # [previous sample, this sample, ns waited for a CPU, times put on a CPU] whenever the thread
        # was put on a CPU again: R means running OR ready to run, and on a busy machine the difference
        # is the wait before the scheduler gave it a CPU (schedstat's second field).
        self.queued = []
        self.last_sched = None  # (time, delay ns, count)
        self.alive = True

    def state(self):
        data = read(self.stat)
        close = data.rfind(b")")
        return data[close + 2:close + 3].decode("ascii", "replace")

    def read_sched(self, now, keep_run_ns):
        try:
            if self.schedstat is None:
                self.schedstat = os.open(self.base + "schedstat", os.O_RDONLY)
            run_ns, delay_ns, count = (int(f) for f in read(self.schedstat, 128).split()[:3])
        except (OSError, ValueError):
            return
        if keep_run_ns:
            self.run_ns.append([now, run_ns])
        last = self.last_sched
        if last is not None and count != last[2]:
            self.queued.append([last[0], now, delay_ns - last[1], count - last[2]])
        self.last_sched = (now, delay_ns, count)

    def current_syscall(self):
        try:
            if self.syscall is None:
                self.syscall = os.open(self.base + "syscall", os.O_RDONLY)
            word = read(self.syscall, 64).split(b" ", 1)[0].strip()
            return int(word) if word.isdigit() else None
        except OSError:  # not ours to read (ptrace rules) or gone
            return None

    def sample(self, now):
        """The state seen (None once the thread ended), and whether it changed."""
        try:
            state = self.state()
        except OSError:  # the thread ended
            self.finish()
            return None, True
        runs = self.runs
        if runs and runs[-1][2] == state:
            runs[-1][1] = now
            if state == "R":
                self.read_sched(now, False)
            return state, False
        syscall = self.current_syscall() if state in ("S", "D") else None
        runs.append([now, now, state, syscall])
        self.read_sched(now, True)
        return state, True

    def finish(self):
        if not self.alive:
            return
        self.alive = False
        for fd in (self.stat, self.schedstat, self.syscall):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass

    def to_json(self):
        return {"pid": self.pid, "tid": self.tid, "runs": self.runs, "runNs": self.run_ns, "queued": self.queued}


def thread_ids(pid):
    try:
        return [int(t) for t in os.listdir("/proc/%d/task" % pid)]
    except (OSError, ValueError):
        return []


def child_pids(pid):
    found = []
    for tid in thread_ids(pid):
        try:
            with open("/proc/%d/task/%d/children" % (pid, tid), "rb") as f:
                found.extend(int(p) for p in f.read().split())
        except (OSError, ValueError):
            pass
    return found


class Sampler:
    def __init__(self, pid, interval):
        self.pid, self.interval = pid, interval
        self.tasks = {}  # tid -> Task
        self.pids = [pid]
        self.samples = 0
        self.started = None
        self.cpu0 = 0.0
        self.steady = 0  # samples in a row with every CPU busy with watched threads and no change
        self.cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

    def discover(self):
        """New threads of the harness at every sample (each threaded repeat starts its own); child
        processes and their threads less often: pool workers start once and live long."""
        if self.samples % CHILDREN_EVERY == 0:
            self.pids = [self.pid] + child_pids(self.pid)
            pids = self.pids
        else:
            pids = self.pids[:1]
        tasks = self.tasks
        for pid in pids:
            try:
                names = os.listdir("/proc/%d/task" % pid)
            except OSError:
                continue
            for name in names:
                tid = int(name)
                if tid not in tasks:
                    try:
                        tasks[tid] = Task(pid, tid)
                    except OSError:
                        pass

    def sample(self):
        """Samples every thread once; returns how long to wait for the next sample."""
        known = len(self.tasks)
        self.discover()
        now = time.monotonic()
        changed = len(self.tasks) != known
        running = 0
        for task in list(self.tasks.values()):
            if task.alive:
                state, moved = task.sample(now)
                changed = changed or moved
                running += state == "R"
        self.samples += 1
        self.steady = 0 if changed or running < self.cpus else self.steady + 1
        return self.interval * (BUSY_FACTOR if self.steady >= STEADY_SAMPLES else 1)

    def start(self):
        self.tasks, self.samples, self.steady = {}, 0, 0
        self.started = time.monotonic()
        self.cpu0 = time.process_time()

    def stop(self):
        ended = time.monotonic()
        for task in self.tasks.values():
            if task.alive:
                task.read_sched(ended, True)
                task.finish()
        trace = {"pid": self.pid, "startSeconds": self.started, "endSeconds": ended, "samples": self.samples,
                 "intervalSeconds": self.interval, "samplerCpuSeconds": time.process_time() - self.cpu0,
                 "clockTicksPerSecond": os.sysconf("SC_CLK_TCK"),
                 "tasks": [t.to_json() for t in self.tasks.values() if t.runs]}
        self.tasks = {}
        return trace


def prefer_promptness():
    """On a busy machine a sampler that wakes late leaves gaps the slices cannot see into. Where the
    system allows it (root, or CAP_SYS_NICE), ask to be scheduled ahead of ordinary work; the CPU the
    sampler takes is the same, it only gets it on time. Elsewhere this changes nothing."""
    try:
        os.setpriority(os.PRIO_PROCESS, 0, -10)
    except (OSError, AttributeError):
        pass


def main():
    prefer_promptness()
    pid = int(sys.argv[1])
    interval = float(sys.argv[2]) if len(sys.argv) > 2 else 0.001
    out = sys.stdout
    sampler = Sampler(pid, interval)
    out.write(json.dumps({"v": PROTOCOL, "type": "ready"}) + "\n")
    out.flush()
    sampling = False
    pending = b""
    next_at = time.monotonic()
    while True:
        timeout = max(0.0, next_at - time.monotonic()) if sampling else None
        ready, _, _ = select.select([0], [], [], timeout)
        if ready:
            chunk = os.read(0, 4096)
            if not chunk:
                return 0
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                command = line.strip()
                if command == b"on" and not sampling:
                    sampler.start()
                    sampler.sample()
                    out.write(json.dumps({"v": PROTOCOL, "type": "on", "at": sampler.started}) + "\n")
                    out.flush()
                    sampling = True
                    next_at = time.monotonic() + interval
                elif command == b"off" and sampling:
                    sampling = False
                    out.write(json.dumps({"v": PROTOCOL, "type": "trace", "trace": sampler.stop()}) + "\n")
                    out.flush()
            continue
        if sampling:
            next_at += sampler.sample()
            now = time.monotonic()
            if next_at < now:  # fell behind (the machine is busy): keep the pace, not the backlog
                next_at = now + interval


if __name__ == "__main__":
    sys.exit(main())
