"""A lock made in main() and handed to the one thread it starts; the thread and main() both call the helper only while holding it (negative)."""
import threading
import time

history = []


def add_line(text):
    history.append(text)
    if len(history) > 100:
        history.pop(0)
        for line in history:
            print(line)


def listen(guard):
    for n in range(50):
        with guard:
            add_line(f"friend: {n}")
        time.sleep(0.1)


def main():
    guard = threading.Lock()
    threading.Thread(target=listen, args=(guard,), daemon=True).start()
    for n in range(50):
        with guard:
            add_line(f"me: {n}")
        time.sleep(0.1)


main()
