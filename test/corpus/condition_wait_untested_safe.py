"""Condition waits that test what they wait for, or cannot miss the notify (negative)."""
import threading

gate = threading.Condition()
is_open = False
served = threading.Condition()
meals = []


def guest():
    with gate:
        while not is_open:
            gate.wait()


def diner():
    with served:
        served.wait_for(lambda: len(meals) > 0)
        meals.pop()


def host():
    global is_open
    with gate:
        is_open = True
        gate.notify_all()
    with served:
        meals.append("soup")
        served.notify()


def kitchen(done):
    with done:
        done.notify()


def order():
    done = threading.Condition()
    with done:
        threading.Thread(target=kitchen, args=(done,)).start()
        done.wait()


threads = [threading.Thread(target=guest) for _ in range(2)] + [threading.Thread(target=diner), threading.Thread(target=host), threading.Thread(target=order)]
for t in threads:
    t.start()
