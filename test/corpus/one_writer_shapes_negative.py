"""Three shapes with one writer (negative). A countdown's thread is started once, by a watcher thread
that the program starts once, so its `seconds -= 1` has one writer. A client handler's `dispatch()`
is called only by its own `run()`, so what it takes and resets is its own thread's. The two player
slots are only ever replaced, never added or removed, so a test of the list's length cannot go
stale."""
import socket
import threading
import time

slots = [None, None]


class Countdown:
    def __init__(self, seconds):
        self.seconds = seconds

    def tick(self):
        while self.seconds > 0:
            time.sleep(1)
            self.seconds -= 1


countdown = Countdown(30)


def watch():
    while not started:
        time.sleep(0.1)
    timer = threading.Thread(target=countdown.tick)
    timer.start()


class Handler(threading.Thread):
    def __init__(self, conn):
        super().__init__()
        self.conn = conn
        self.session = None

    def run(self):
        while True:
            request = self.conn.recv(64).decode()
            if not request:
                break
            self.session = request
            self.dispatch(request)

    def dispatch(self, request):
        if self.session and request == "OUT":
            self.conn.sendall(self.session.encode())
            self.session = None


def play(conn, seat):
    while True:
        move = conn.recv(16)
        if seat < len(slots):
            slots[seat] = move


started = False
threading.Thread(target=watch).start()
started = True
listener = socket.create_server(("", 0))
for seat in range(2):
    conn, _ = listener.accept()
    Handler(conn).start()
    threading.Thread(target=play, args=(conn, seat)).start()
