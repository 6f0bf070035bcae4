"""Negative: one loop thread of a library, started once, is the only code that touches its counter;
the main program reads it after stopping the thread."""
from streamkit.threads import LoopThread

frames = 0


def grab():
    global frames
    frames += 1


grabber = LoopThread(grab)
grabber.start()
grabber.stop()
grabber.join()
print(frames)
