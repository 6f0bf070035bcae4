"""The same rate limit with one lock over the read, the test and the store, and a cache filled from a copy with no work after it (negative: the reply is decided under the lock; storing one value twice loses nothing)."""
import threading
import time

last_reply = {}
limits_lock = threading.Lock()
names = {}


def reply(user, text):
    print(f"to {user}: {text}")


def on_message(user, text):
    now = time.monotonic()
    with limits_lock:
        previous = last_reply.get(user)
        if previous is not None and now - previous < 30:
            return
        last_reply[user] = now
    reply(user, "noted: " + text)


def display_name(user):
    known = names.get(user)
    if known is not None:
        return known
    names[user] = user.title()


for who, said in [("ana", "hi"), ("ana", "hello"), ("bo", "hey")]:
    threading.Thread(target=on_message, args=(who, said)).start()
    threading.Thread(target=display_name, args=(who,)).start()
