"""An inverted index built by threads: a new key gets an empty list (positive: GIL004, setdefault fits)."""
import threading

index = {}


def add_words(doc_id, text):
    for pos, word in enumerate(text.split()):
        if word not in index:  # expect: GIL004
            index[word] = []
        index[word].append((doc_id, pos))


docs = {1: "a b a", 2: "b c"}
threads = [threading.Thread(target=add_words, args=(d, t)) for d, t in docs.items()]
for t in threads:
    t.start()
