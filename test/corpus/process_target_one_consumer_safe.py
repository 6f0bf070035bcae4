"""Each of three processes starts its own receivers and its one consumer, which alone takes from its list (negative)."""
import threading
import time
from multiprocessing import Process


class Node:
    def __init__(self, name):
        self.name = name
        self.inbox = []

    def receive(self, messages):
        for m in messages:
            self.inbox.append(m)
            time.sleep(0.001)

    def consume(self, rounds):
        for _ in range(rounds):
            if len(self.inbox) > 0:
                print(self.name, self.inbox.pop(0))
            time.sleep(0.001)


def node_main(name):
    node = Node(name)
    for k in range(3):
        threading.Thread(target=node.receive, args=([k] * 5,)).start()
    threading.Thread(target=node.consume, args=(50,)).start()


if __name__ == "__main__":
    workers = [Process(target=node_main, args=(n,)) for n in ("a", "b")]
    workers.append(Process(target=node_main, args=("c",)))
    for p in workers:
        p.start()
    for p in workers:
        p.join()
