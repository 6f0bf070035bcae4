"""The same table of handlers, each holding the module lock (negative)."""
import threading

channels = {}
delivered = 0
state_lock = threading.Lock()


def join(channel, who):
    with state_lock:
        channels.setdefault(channel, []).append(who)


def post(channel, who):
    global delivered
    with state_lock:
        delivered += len(channels.get(channel, []))


def session(who, commands):
    handlers = {"join": join, "post": post}
    for verb, channel in commands:
        handlers[verb](channel, who)


for n in range(4):
    threading.Thread(target=session, args=(n, [("join", "news"), ("post", "news")])).start()
