"""A test that the value changed, the work for the change, then the store after the `if` (positive: shape 3, "changed")."""
import threading


class Tailer:
    def __init__(self, paths):
        self.paths = paths
        self.last_path = None
        self.lock = threading.Lock()

    def show(self, path, line):
        text = ""
        if path != self.last_path:  # expect: GIL004
            text += f"==> {path} <==\n"
        text += line
        print(text)
        self.last_path = path

    def show_locked(self, path, line):
        with self.lock:
            if path != self.last_path:
                print(f"==> {path} <==")
            self.last_path = path
        print(line)

    def follow(self, path):
        for n in range(3):
            self.show(path, f"line {n}")
            self.show_locked(path, f"line {n}")

    def run(self):
        readers = [threading.Thread(target=self.follow, args=(p,)) for p in self.paths]
        for r in readers:
            r.start()
        for r in readers:
            r.join()


Tailer(["a.log", "b.log"]).run()
