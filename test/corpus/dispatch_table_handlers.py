"""Each connection's thread calls its handlers through a table of functions: what the handlers change is reached as if called directly (positive: GIL004 once, GIL001 once)."""
import threading

channels = {}
delivered = 0


def join(channel, who):
    if channel not in channels:  # expect: GIL004
        channels[channel] = []
    channels[channel].append(who)


def post(channel, who):
    global delivered
    delivered += len(channels.get(channel, []))  # expect: GIL001


def session(who, commands):
    handlers = {"join": join, "post": post}
    for verb, channel in commands:
        handlers[verb](channel, who)


for n in range(4):
    threading.Thread(target=session, args=(n, [("join", "news"), ("post", "news")])).start()
