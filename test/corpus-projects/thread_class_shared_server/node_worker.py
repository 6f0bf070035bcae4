import threading


class NodeWorker(threading.Thread):
    def __init__(self, conn, farm):
        super().__init__(daemon=True)
        self.conn = conn
        self.farm = farm
        self.tiles = 0

    def run(self):
        while self.conn.recv(4096):
            self.tiles += 1
            self.farm.tiles_done += 1  # expect: GIL001
