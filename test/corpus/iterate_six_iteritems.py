"""A reaper thread goes through a session table with six.iteritems() while request threads add to it (positive: the helper loops over the dict itself)."""
import threading
import time

import six

sessions = {}


def open_session(token, user):
    sessions[token] = (user, time.time())


def reap(max_age):
    while True:
        now = time.time()
        for token, (user, since) in six.iteritems(sessions):  # expect: GIL004
            if now - since > max_age:
                print("expired", user, token)
        time.sleep(1)


threading.Thread(target=reap, args=(300,), daemon=True).start()
for n in range(8):
    threading.Thread(target=open_session, args=(f"t{n}", f"user{n}")).start()
