"""The same reader and meter, stopped safely: the stop joins the thread before closing, the meter lets its own thread close the socket when the loop ends, and a recorder holds one lock over each read and the release (negative)."""
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
        self.join(timeout=2)
        self.port.close()


class Meter:
    def __init__(self, host):
        self.sock = socket.create_connection((host, 9000))
        self.polling = True
        self.values = []
        threading.Thread(target=self.poll, daemon=True).start()

    def poll(self):
        while self.polling:
            self.sock.sendall(b"READ\n")
            self.values.append(self.sock.recv(64))
        self.sock.close()

    def shutdown(self):
        self.polling = False


class Recorder:
    def __init__(self, device):
        self.device = device
        self.lock = threading.Lock()
        self.recording = True
        self.frames = []
        threading.Thread(target=self.record, daemon=True).start()

    def record(self):
        while self.recording:
            with self.lock:
                if self.device is not None:
                    self.frames.append(self.device.grab())

    def stop(self):
        with self.lock:
            self.recording = False
            self.device.release()
            self.device = None
