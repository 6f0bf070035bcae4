"""A module-level dict updated with += from threads (positive)."""
import threading

word_freq = {"the": 0, "and": 0, "of": 0}


def count(text):
    for word in text.lower().split():
        if word in word_freq:
            word_freq[word] += 1  # expect: GIL001


def main(texts):
    threads = [threading.Thread(target=count, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return word_freq
