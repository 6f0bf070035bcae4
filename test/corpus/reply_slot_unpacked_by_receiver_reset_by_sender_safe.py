"""The drone controller again, with the receiver handing each reply over through a queue.Queue:
`command()` takes one reply in one step, and a late reply waits in the queue instead of being wiped
out (negative)."""
import queue
import socket
import threading


class DroneLink:
    def __init__(self, address=("192.168.10.1", 8889)):
        self.address = address
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("", 9000))
        self.replies = queue.Queue()
        threading.Thread(target=self._receive, daemon=True).start()

    def _receive(self):
        while True:
            reply, _ = self.sock.recvfrom(1024)
            self.replies.put(reply)

    def command(self, text, timeout=5.0):
        self.sock.sendto(text.encode(), self.address)
        try:
            return self.replies.get(timeout=timeout).decode()
        except queue.Empty:
            return "timeout"
