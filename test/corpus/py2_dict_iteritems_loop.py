"""A Python 2 game server: a thread per player (the `thread` module) sends every player's position
while other players' threads join and leave. Its `iteritems()` loop goes through the dict while they
change it (positive); the scoreboard copies the items under the lock first (negative)."""
import thread

positions = {}
scores = {}
board_lock = thread.allocate_lock()


def play(conn, pid):
    positions[pid] = (0, 0)
    with board_lock:
        scores[pid] = 0
    while True:
        move = conn.recv(16)
        if not move:
            break
        for other, where in positions.iteritems():  # expect: GIL004
            conn.send("%s %s" % (other, where))
        with board_lock:
            table = list(scores.items())
        for other, score in table:
            conn.send("%s %s" % (other, score))
    del positions[pid]
    with board_lock:
        del scores[pid]


def serve(listener):
    pid = 0
    while True:
        conn, _ = listener.accept()
        pid += 1
        thread.start_new_thread(play, (conn, pid))
