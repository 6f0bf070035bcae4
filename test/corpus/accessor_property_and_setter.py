"""A bucket read through a property and written back through a setter method: one update in two steps (positive: GIL001 once)."""
import threading


class Bucket:
    def __init__(self, tokens):
        self._tokens = tokens

    @property
    def tokens(self):
        """How many are left."""
        return self._tokens

    def set_tokens(self, value):
        self._tokens = value

    def take(self, n):
        left = self.tokens
        if n <= left:
            self.set_tokens(left - n)  # expect: GIL001
            return True
        return False


bucket = Bucket(10)
takers = [threading.Thread(target=bucket.take, args=(1,)) for _ in range(8)]
for t in takers:
    t.start()
