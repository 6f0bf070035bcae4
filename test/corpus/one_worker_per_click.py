"""The same button without the guard: every click starts another download thread on the same global (positive)."""
import threading
import time
import tkinter as tk

def download():
    global progress
    for _ in range(10):
        time.sleep(0.2)
        progress += 10  # expect: GIL001

def on_click():
    global progress
    progress = 0
    threading.Thread(target=download, daemon=True).start()

progress = 0
window = tk.Tk()
tk.Button(window, text="Download", command=on_click).pack()
window.mainloop()
