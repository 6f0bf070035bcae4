"""Methods an object hands on, safely: a callback handed to a call its own thread makes runs on that
thread (a client's loop calling it back); a callback from a registry that changes only what the
object's thread never touches; a handle taken into a local once, so a stop between test and use
cannot reach it."""
import threading
import time


class Listener:
    def __init__(self, client):
        self.client = client
        self.received = 0
        self.thread = threading.Thread(target=self.listen, daemon=True)
        self.thread.start()

    def listen(self):
        self.client.loop(on_message=self.on_message)

    def on_message(self, message):
        self.received += 1


class CameraModule:
    def __init__(self, console):
        self.camera = None
        self.label = ""
        console.add_command("camera", self.cmd_camera)
        console.add_command("label", self.cmd_label)
        self.thread = threading.Thread(target=self.capture_loop, daemon=True)
        self.thread.start()

    def capture_loop(self):
        while True:
            camera = self.camera
            if camera is None:
                time.sleep(0.1)
                continue
            camera.grab()

    def cmd_camera(self, args):
        self.camera = None if args[0] == "stop" else args[1]

    def cmd_label(self, args):
        self.label = args[0]


def init(console, client):
    return CameraModule(console), Listener(client)
