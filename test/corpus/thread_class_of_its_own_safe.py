"""A module that defines a `Thread` class of its own, a topic on a forum, not a thread of the
program: starting one counts a view, on the one thread there is (negative)."""


class Thread:
    def __init__(self, target, args):
        self.title = target
        self.posts = list(args)
        self.views = 0

    def start(self):
        self.views += 1


def open_topic(topic):
    topic.views += 1


for _ in range(5):
    Thread(target=open_topic, args=("hello",)).start()
