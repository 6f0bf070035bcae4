"""A threading server's handlers share one dict of rooms on `self.server`: making a room that may be missing races the
other handlers (positive: GIL004 once), while each handler's own seat in a room is keyed by its own connection's id,
which no other handler's thread uses (negative: no finding on the seat)."""
import itertools
import socketserver

_ids = itertools.count()


class RoomServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    def __init__(self, address, handler):
        super().__init__(address, handler)
        self.rooms = {}


class SeatHandler(socketserver.StreamRequestHandler):
    def setup(self):
        super().setup()
        self.seat_id = next(_ids)

    def handle(self):
        room = self.rfile.readline().strip()
        if room not in self.server.rooms:  # expect: GIL004
            self.server.rooms[room] = {}
        seats = self.server.rooms[room]
        if self.seat_id not in self.server.rooms[room]:
            self.server.rooms[room][self.seat_id] = self.wfile
        for line in self.rfile:
            self.wfile.write(line)
        if self.seat_id in seats:
            del seats[self.seat_id]


if __name__ == "__main__":
    RoomServer(("127.0.0.1", 0), SeatHandler).serve_forever()
