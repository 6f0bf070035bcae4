"""A module-level run flag that the thread raises itself while a button's command (or the main
program) lowers it: a stop pressed before the thread reaches its first line is overwritten, and the
loop runs on (positive, twice)."""
import threading
import time
import tkinter as tk

polling = False
streaming = 0


def poll():
    global polling
    polling = True  # expect: GIL006
    while polling:
        print("polling")
        time.sleep(1)


def start_polling():
    threading.Thread(target=poll, daemon=True).start()


def stop_polling():
    global polling
    polling = False


def stream():
    global streaming
    streaming = 1  # expect: GIL006
    while streaming:
        time.sleep(0.1)


root = tk.Tk()
tk.Button(root, text="start", command=start_polling).pack()
tk.Button(root, text="stop", command=stop_polling).pack()

streamer = threading.Thread(target=stream)
streamer.start()
time.sleep(5)
streaming = 0
streamer.join()
root.mainloop()
