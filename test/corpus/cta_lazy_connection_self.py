"""A client opens its connection on first use, from pooled tasks (positive: GIL004)."""
import socket
from concurrent.futures import ThreadPoolExecutor


class Client:
    def __init__(self, host):
        self.host = host
        self.conn = None

    def send(self, payload):
        if self.conn is None:  # expect: GIL004
            self.conn = socket.create_connection((self.host, 80))
        self.conn.sendall(payload)


client = Client("localhost")
with ThreadPoolExecutor() as ex:
    for chunk in (b"a", b"b"):
        ex.submit(client.send, chunk)
