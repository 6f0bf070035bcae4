"""One network thread fills a buffer with check-then-act while the main loop goes through it and empties it (positive)."""
import threading
import time

pending = {}


def receive(events):
    for name, action in events:
        if name not in pending:  # expect: GIL004
            pending[name] = set()
        pending[name].add(action)


class Game:
    def __init__(self):
        self.actions = {}

    def run(self, ticks):
        net = threading.Thread(target=self.listen, daemon=True)
        net.start()
        for _ in range(ticks):
            self.apply()
            time.sleep(0.01)

    def listen(self):
        for n in range(100):
            name = f"p{n % 3}"
            if name not in self.actions:  # expect: GIL004
                self.actions[name] = []
            self.actions[name].append(n)

    def apply(self):
        for name, acts in self.actions.items():  # expect: GIL004
            print(name, len(acts))
        self.actions.clear()  # expect: GIL001


threading.Thread(target=receive, args=([("a", 1), ("b", 2)],)).start()
for _ in range(3):
    print(sorted(pending))
    pending.clear()
Game().run(5)
