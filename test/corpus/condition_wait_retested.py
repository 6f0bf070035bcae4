"""Negative: several consumers wait on one condition and test again after every wake-up, with a
`while`, with `wait_for`, or with an `if` whose body goes round the loop again; a timed wait under an
`if` on a local goes on with that local alone."""
import threading


class Pantry:
    def __init__(self):
        self.jars = []
        self.ready = threading.Condition()

    def put(self, jar):
        with self.ready:
            self.jars.append(jar)
            self.ready.notify()

    def take(self):
        with self.ready:
            while not self.jars:
                self.ready.wait()
            return self.jars.pop()

    def take_when_full(self, n):
        with self.ready:
            self.ready.wait_for(lambda: len(self.jars) >= n)
            return [self.jars.pop() for _ in range(n)]

    def pause(self, delay):
        with self.ready:
            if delay is None:
                self.ready.wait(1.0)
            return delay

    def take_forever(self, eat):
        while True:
            with self.ready:
                if not self.jars:
                    self.ready.wait()
                    continue
                jar = self.jars.pop()
            eat(jar)


pantry = Pantry()
for _ in range(3):
    threading.Thread(target=pantry.take).start()
    threading.Thread(target=pantry.take_when_full, args=(2,)).start()
    threading.Thread(target=pantry.take_forever, args=(print,), daemon=True).start()
    threading.Thread(target=pantry.pause, args=(None,)).start()
for j in range(12):
    pantry.put(j)
