"""A threading UDP server that handles each datagram in its own finish_request(): ThreadingMixIn runs
that on a thread per datagram, with `self` the one server, and a subclass's override of what it calls
runs there too (positive: GIL004 once, GIL001 once)."""
import socketserver
import time


class BeaconServer(socketserver.ThreadingMixIn, socketserver.UDPServer):
    def __init__(self, address):
        super().__init__(address, socketserver.BaseRequestHandler)
        self.stations = []
        self.packets = 0

    def finish_request(self, request, client_address):
        payload, _sock = request
        self.packets += 1  # expect: GIL001
        self.heard(payload, client_address)

    def heard(self, payload, station):
        """Subclasses say what a beacon means."""


class RollCall(BeaconServer):
    def heard(self, payload, station):
        if station not in self.stations:  # expect: GIL004
            self.stations.append(station)
            print("new station", station, time.strftime("%H:%M:%S"))


if __name__ == "__main__":
    RollCall(("0.0.0.0", 5005)).serve_forever()
