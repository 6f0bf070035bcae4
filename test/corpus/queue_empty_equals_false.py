"""Tellers serve a line of customers until it is empty. The busy branch asks `line.empty() == False`
and then waits in `get()`: two tellers can both see the last customer, and one waits for ever
(positive). The quiet branch takes with `get_nowait()` and stops on queue.Empty (negative)."""
import queue
import threading

line = queue.Queue()
quiet_line = queue.Queue()


def serve(teller, waiting):
    while (waiting.empty() == False):  # expect: GIL004
        customer = waiting.get()
        print(teller, "serves", customer)


def serve_quietly(teller, waiting):
    while True:
        try:
            customer = waiting.get_nowait()
        except queue.Empty:
            break
        print(teller, "serves", customer)


for n in range(30):
    line.put(n)
    quiet_line.put(n)
tellers = [threading.Thread(target=serve, args=(t, line), daemon=True) for t in range(3)]
tellers += [threading.Thread(target=serve_quietly, args=(t, quiet_line)) for t in range(3)]
for t in tellers:
    t.start()
for t in tellers:
    t.join(timeout=2)
