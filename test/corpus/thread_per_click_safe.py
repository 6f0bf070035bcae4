"""The same counter whose handler turns its button off until the thread is done, and another that asks whether the last thread still runs (negative)."""
import threading
import tkinter as tk


class Counter:
    def __init__(self, root, files):
        self.root = root
        self.files = files
        self.total = 0
        self.button = tk.Button(root, text="Count", command=self.on_count)
        self.button.pack()

    def on_count(self):
        self.button.config(state=tk.DISABLED)
        threading.Thread(target=self._count, daemon=True).start()

    def _count(self):
        for name in self.files:
            with open(name) as f:
                self.total += len(f.read().split())
        self.root.after(0, self.done)

    def done(self):
        self.button.config(state=tk.NORMAL)


class Scanner:
    def __init__(self, root, files):
        self.files = files
        self.found = 0
        self.worker = None
        tk.Button(root, text="Scan", command=self.on_scan).pack()

    def on_scan(self):
        if self.worker is not None and self.worker.is_alive():
            return
        self.worker = threading.Thread(target=self._scan, daemon=True)
        self.worker.start()

    def _scan(self):
        for name in self.files:
            self.found += name.endswith(".py")
