"""A drone controller whose receiver thread stores each reply with the sender's address in one
unpacking (`self.reply, addr = sock.recvfrom(…)`), while `command()`, which the program calls, waits
for a reply, reads it and sets the slot back to None. A late reply to the last command that lands
between the read and the reset is wiped out; one that lands after it answers the next command
(positive)."""
import socket
import threading
import time


class DroneLink:
    def __init__(self, address=("192.168.10.1", 8889)):
        self.address = address
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("", 9000))
        self.reply = None
        threading.Thread(target=self._receive, daemon=True).start()

    def _receive(self):
        while True:
            self.reply, _ = self.sock.recvfrom(1024)

    def command(self, text, timeout=5.0):
        self.sock.sendto(text.encode(), self.address)
        deadline = time.monotonic() + timeout
        while self.reply is None and time.monotonic() < deadline:
            time.sleep(0.01)
        answer = self.reply.decode() if self.reply is not None else "timeout"
        self.reply = None  # expect: GIL001
        return answer
