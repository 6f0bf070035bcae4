"""An object with a thread of its own hands one of its methods to a command registry: the registry
calls it back from its own thread (a console, a GUI), so what it changes races the object's thread.
The thread tests the handle, then uses it; a "stop" command can clear it in between (positive)."""
import threading
import time


class CameraModule:
    def __init__(self, console):
        self.camera = None
        self.frames = 0
        console.add_command("camera", self.cmd_camera)
        self.thread = threading.Thread(target=self.capture_loop, daemon=True)
        self.thread.start()

    def capture_loop(self):
        while True:
            if self.camera is None:  # expect: GIL004
                time.sleep(0.1)
                continue
            time.sleep(0.01)
            self.camera.grab()
            self.frames += 1  # expect: GIL001

    def cmd_camera(self, args):
        if args[0] == "stop":
            self.camera = None
            self.frames = 0
        elif args[0] == "start":
            self.camera = open_camera(args[1])


def open_camera(name):
    return name


def init(console):
    return CameraModule(console)
