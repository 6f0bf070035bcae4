"""A Tk button whose handler starts a counting thread on every click, with nothing that keeps two runs apart: two quick clicks run two threads on the one window object (positive: GIL001)."""
import threading
import tkinter as tk


class Counter:
    def __init__(self, root, files):
        self.root = root
        self.files = files
        self.total = 0
        tk.Button(root, text="Count", command=self.on_count).pack()

    def on_count(self):
        threading.Thread(target=self._count, daemon=True).start()

    def _count(self):
        for name in self.files:
            with open(name) as f:
                self.total += len(f.read().split())  # expect: GIL001
        self.root.after(0, self.show)

    def show(self):
        print(self.total)
