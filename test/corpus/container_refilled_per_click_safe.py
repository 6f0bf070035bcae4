"""The same search box that starts a new search only once the one before has ended, and a second one whose thread fills a list of its own and hands it over (negative)."""
import threading
import tkinter as tk


class SearchWindow:
    def __init__(self, root, index):
        self.root = root
        self.index = index
        self.results = []
        self.worker = None
        tk.Button(root, text="Search", command=self.search).pack()

    def search(self):
        if self.worker is not None and self.worker.is_alive():
            return
        self.results.clear()
        self.worker = threading.Thread(target=self._find, args=("x",), daemon=True)
        self.worker.start()

    def _find(self, word):
        for line in self.index:
            if word in line:
                self.results.append(line)


class OwnListWindow:
    def __init__(self, root, index):
        self.root = root
        self.index = index
        self.results = []
        tk.Button(root, text="Search", command=self.search).pack()

    def search(self):
        self.results = []
        threading.Thread(target=self._find, args=("x",), daemon=True).start()

    def _find(self, word):
        found = [line for line in self.index if word in line]
        self.root.after(0, self._take, found)

    def _take(self, found):
        self.results = found
