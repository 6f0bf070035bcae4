"""A Tk search box whose button empties the result list and starts a new search thread that fills it, on every click, with nothing that checks the search started before (positive: GIL006 twice)."""
import threading
import tkinter as tk


class SearchWindow:
    def __init__(self, root, index):
        self.root = root
        self.index = index
        self.results = []
        self.seen = {}
        self.entry = tk.Entry(root)
        tk.Button(root, text="Search", command=self.search).pack()
        self.entry.bind("<Return>", self.search_from_key)

    def search(self):
        self.results.clear()  # expect: GIL006
        threading.Thread(target=self._find, args=(self.entry.get(),), daemon=True).start()

    def search_from_key(self, event):
        self.seen = {}  # expect: GIL006
        threading.Thread(target=self._count, args=(event.widget.get(),), daemon=True).start()

    def _find(self, word):
        for line in self.index:
            if word in line:
                self.results.append(line)
        self.root.after(0, self.show)

    def _count(self, word):
        for line in self.index:
            self.seen[line] = word in line

    def show(self):
        print(len(self.results))
