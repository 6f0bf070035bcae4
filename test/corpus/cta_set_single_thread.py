"""One background thread, started once, owns the set (negative: GIL004)."""
import threading

known = set()


def learn(words):
    for w in words:
        if w not in known:
            known.add(w)


t = threading.Thread(target=learn, args=(["a", "b", "a"],))
t.start()
t.join()
print(len(known))
