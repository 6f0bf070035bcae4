"""Two threads meant to take turns by two Events, but one adds after its own signal, or waits with a timeout (positive: GIL001 on each side)."""
import threading

ticks = 0
ping = threading.Event()
pong = threading.Event()


def left(rounds):
    global ticks
    for _ in range(rounds):
        ping.set()
        ticks += 1  # expect: GIL001
        pong.wait()
        pong.clear()


def right(rounds):
    global ticks
    for _ in range(rounds):
        ping.wait()
        ping.clear()
        ticks += 1  # expect: GIL001
        pong.set()


class Lamps:
    def __init__(self):
        self.lit = 0
        self.on = threading.Event()
        self.off = threading.Event()

    def switch_on(self):
        while self.lit < 100:
            self.off.wait(0.01)
            self.off.clear()
            self.lit += 1  # expect: GIL001
            self.on.set()

    def switch_off(self):
        while self.lit < 100:
            self.on.wait()
            self.on.clear()
            self.lit += 1  # expect: GIL001
            self.off.set()


threading.Thread(target=left, args=(500,)).start()
threading.Thread(target=right, args=(500,)).start()
lamps = Lamps()
threading.Thread(target=lamps.switch_on).start()
threading.Thread(target=lamps.switch_off).start()
