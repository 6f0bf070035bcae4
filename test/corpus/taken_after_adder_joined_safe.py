"""A server's accept thread adds clients; close() joins that thread before it goes through the clients and clears them (negative)."""
import socket
import threading


class EchoServer:
    def __init__(self, port):
        self.listener = socket.create_server(("127.0.0.1", port))
        self.clients = {}
        self.running = True
        self.accept_thread = None

    def start(self):
        self.accept_thread = threading.Thread(target=self.accept_loop)
        self.accept_thread.start()

    def accept_loop(self):
        self.listener.settimeout(0.5)
        while self.running:
            try:
                conn, addr = self.listener.accept()
            except TimeoutError:
                continue
            self.clients[conn] = addr

    def close(self):
        self.running = False
        if self.accept_thread is not None:
            self.accept_thread.join()
        self.listener.close()
        for conn in list(self.clients):
            conn.close()
        self.clients.clear()


server = EchoServer(5007)
server.start()
server.close()
