"""Negative: writers take the document lock inside the turnstile's `with` and keep it past the end of
that block, letting it go only after they write: the append is made with the lock held (the fair
readers-writers shape)."""
import threading

turnstile = threading.Lock()
document_lock = threading.Lock()
document = ""


def author(name, n):
    global document
    for _ in range(n):
        with turnstile:
            document_lock.acquire()
        document += f"{name} wrote a line. "
        document_lock.release()


for who in ("ada", "ben", "cy"):
    threading.Thread(target=author, args=(who, 50)).start()
