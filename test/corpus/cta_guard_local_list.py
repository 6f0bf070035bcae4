"""A guard clause over a list made anew in each call: nothing shared (negative)."""
import threading


def unique_words(text):
    kept = []
    for word in text.split():
        if word in kept:
            continue
        kept.append(word)
    return kept


threads = [threading.Thread(target=unique_words, args=("a b a c",)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
