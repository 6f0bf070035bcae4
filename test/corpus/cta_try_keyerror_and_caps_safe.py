"""The same three under one lock, or in one step with setdefault (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor

MAX_PLAYERS = 4
players = {}
players_lock = threading.Lock()


class Broker:
    def __init__(self):
        self.subscribers = {}
        self.refresher = None
        self.lock = threading.Lock()

    def subscribe(self, topic, address):
        self.subscribers.setdefault(topic, []).append(address)

    def subscribe_locked(self, topic, address):
        with self.lock:
            try:
                self.subscribers[topic].append(address)
            except KeyError:
                self.subscribers[topic] = [address]

    def ensure_refresher(self):
        with self.lock:
            if self.refresher is None or not self.refresher.is_alive():
                self.refresher = threading.Thread(target=print, args=("refresh",))
                self.refresher.start()


def join_game(player_id):
    with players_lock:
        if len(players) >= MAX_PLAYERS:
            return False
        players[player_id] = {"score": 0}
    return True


broker = Broker()
with ThreadPoolExecutor(max_workers=4) as pool:
    for n in range(10):
        pool.submit(broker.subscribe, "news", n)
        pool.submit(broker.subscribe_locked, "news", n)
        pool.submit(broker.ensure_refresher)
        pool.submit(join_game, n)
