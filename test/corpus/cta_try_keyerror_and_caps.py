"""Three more ways to test before acting: a KeyError caught to make a missing list, a size cap on a dict, and an `or` of "missing" and "dead" before a worker is made (positive: GIL004 three times)."""
import threading
from concurrent.futures import ThreadPoolExecutor

MAX_PLAYERS = 4
players = {}


class Broker:
    def __init__(self):
        self.subscribers = {}
        self.refresher = None

    def subscribe(self, topic, address):
        try:
            self.subscribers[topic].append(address)  # expect: GIL004
        except KeyError:
            self.subscribers[topic] = [address]

    def ensure_refresher(self):
        if self.refresher is None or not self.refresher.is_alive():  # expect: GIL004
            self.refresher = threading.Thread(target=print, args=("refresh",))
            self.refresher.start()


def join_game(player_id):
    if len(players) >= MAX_PLAYERS:  # expect: GIL004
        return False
    players[player_id] = {"score": 0}
    return True


broker = Broker()
with ThreadPoolExecutor(max_workers=4) as pool:
    for n in range(10):
        pool.submit(broker.subscribe, "news", n)
        pool.submit(broker.ensure_refresher)
        pool.submit(join_game, n)
