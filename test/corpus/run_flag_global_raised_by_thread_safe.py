"""Module-level run flags handled safely: raised before the thread starts and lowered by the stop
alone; raised by the thread but lowered by no one else (the thread ends its own loop); lowered only by
the thread itself, through a helper it calls."""
import threading
import time

polling = False
counting = False
serving = False


def poll():
    while polling:
        time.sleep(1)


def start_polling():
    global polling
    polling = True
    threading.Thread(target=poll, daemon=True).start()


def stop_polling():
    global polling
    polling = False


def count(limit):
    global counting
    counting = True
    n = 0
    while counting:
        n += 1
        if n >= limit:
            counting = False


def give_up():
    global serving
    serving = False


def serve(requests):
    global serving
    serving = True
    while serving:
        if not requests:
            give_up()
        else:
            requests.pop()


threading.Thread(target=count, args=(10,)).start()
threading.Thread(target=serve, args=([1, 2, 3],)).start()
start_polling()
time.sleep(2)
stop_polling()
