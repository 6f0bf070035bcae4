"""A threading UDP server whose finish_request() and the subclass's override it calls hold the
server's lock over every change of the server's state (negative)."""
import socketserver
import threading
import time


class BeaconServer(socketserver.ThreadingMixIn, socketserver.UDPServer):
    def __init__(self, address):
        super().__init__(address, socketserver.BaseRequestHandler)
        self.lock = threading.Lock()
        self.stations = []
        self.packets = 0

    def finish_request(self, request, client_address):
        payload, _sock = request
        with self.lock:
            self.packets += 1
        self.heard(payload, client_address)

    def heard(self, payload, station):
        """Subclasses say what a beacon means."""


class RollCall(BeaconServer):
    def heard(self, payload, station):
        with self.lock:
            if station not in self.stations:
                self.stations.append(station)
                print("new station", station, time.strftime("%H:%M:%S"))


if __name__ == "__main__":
    RollCall(("0.0.0.0", 5005)).serve_forever()
