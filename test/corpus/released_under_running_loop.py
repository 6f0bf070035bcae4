"""A serial reader whose stop() lowers the loop's flag and closes the port at once, while the loop may be inside readline() (positive), a meter whose stop() does the same to its socket, and a frame grabber whose close() lets the camera go even before it raises the stop flag its `while True:` loop tests (positive)."""
import socket
import threading


class PortReader(threading.Thread):
    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.alive = True
        self.lines = []

    def run(self):
        while self.alive:
            line = self.port.readline()
            if line:
                self.lines.append(line)

    def stop(self):
        self.alive = False
        self.port.close()  # expect: GIL006


class Meter:
    def __init__(self, host):
        self.sock = socket.create_connection((host, 9000))
        self.polling = True
        self.values = []
        threading.Thread(target=self.poll, daemon=True).start()

    def poll(self):
        while self.polling:
            self.values.append(self.fetch())

    def fetch(self):
        self.sock.sendall(b"READ\n")
        return self.sock.recv(64)

    def shutdown(self):
        self.polling = False
        self.sock.shutdown(socket.SHUT_RDWR)  # expect: GIL006
        self.sock.close()


class Grabber:
    def __init__(self, camera):
        self.camera = camera
        self.stopped = False
        self.frame = None

    def begin(self):
        threading.Thread(target=self.grab, daemon=True).start()
        return self

    def grab(self):
        while True:
            if self.stopped:
                return
            self.frame = self.camera.read()

    def close(self):
        self.camera.release()  # expect: GIL006
        self.stopped = True
