"""A method that takes a piece of work and starts a thread on its own object for it, called in a loop:
one thread per call, all on one object (positive); a set-up method called once (negative)."""
import threading


class Relay:
    def __init__(self):
        self.open_sessions = 0
        self.beats = 0

    def _start_session(self, conn):
        threading.Thread(target=self._session, args=(conn,)).start()

    def _session(self, conn):
        self.open_sessions += 1  # expect: GIL001
        conn.close()

    def accept_all(self, listener):
        while True:
            self._start_session(listener.accept())

    def start(self):
        threading.Thread(target=self._heartbeat).start()

    def _heartbeat(self):
        self.beats += 1


relay = Relay()
relay.start()
