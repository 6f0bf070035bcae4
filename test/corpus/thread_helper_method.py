"""A window's helper starts a thread on the method it is handed, once per click (positive)."""
import threading
import tkinter as tk
import urllib.request


class Downloader:
    def __init__(self, window):
        self.window = window
        self.finished = 0
        self.sizes = []
        tk.Button(window, text="Download", command=lambda: self.in_thread(self.download)).pack()
        tk.Button(window, text="Count", command=self.on_count).pack()

    def in_thread(self, work, *args):
        t = threading.Thread(target=work, args=args, daemon=True)
        t.start()

    def on_count(self):
        self.in_thread(self.count_words)

    def download(self):
        with urllib.request.urlopen("https://example.org", timeout=10) as reply:
            self.sizes.append(len(reply.read()))
        self.finished += 1  # expect: GIL001

    def count_words(self):
        self.finished = self.finished + 0  # expect: GIL001


if __name__ == "__main__":
    root = tk.Tk()
    Downloader(root)
    root.mainloop()
