"""A button starts the download thread only when none is running (`if worker is None`), resets the progress before the start, and the global's first value sits below the functions (negative)."""
import threading
import time
import tkinter as tk

def download():
    global progress
    for _ in range(10):
        time.sleep(0.2)
        progress += 10

def on_click():
    global progress, worker
    if worker is None:
        progress = 0
        worker = threading.Thread(target=download, daemon=True)
        worker.start()

def poll():
    global worker
    bar.config(text=f"{progress}%")
    if progress >= 100:
        worker = None
    window.after(100, poll)

progress = 0
worker = None
window = tk.Tk()
bar = tk.Label(window)
bar.pack()
tk.Button(window, text="Download", command=on_click).pack()
poll()
window.mainloop()
