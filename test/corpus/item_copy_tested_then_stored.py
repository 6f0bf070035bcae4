"""A chat bot's handler threads rate-limit each user: they read the user's last reply time into a local, leave if it is recent, then store the new time and reply (positive: two messages from one user can both read the old time, both pass, and both get a reply)."""
import threading
import time

last_reply = {}


def reply(user, text):
    print(f"to {user}: {text}")


def on_message(user, text):
    now = time.monotonic()
    previous = last_reply.get(user)
    if previous is not None and now - previous < 30:  # expect: GIL004
        return
    last_reply[user] = now
    reply(user, "noted: " + text)


for who, said in [("ana", "hi"), ("ana", "hello"), ("bo", "hey")]:
    threading.Thread(target=on_message, args=(who, said)).start()
