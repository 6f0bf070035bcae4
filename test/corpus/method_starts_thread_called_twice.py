"""A static method starts a worker thread, and the program calls it twice, on the same box, before either is joined (positive: shape 4 does not apply)."""
import threading


class Mailbox:
    def __init__(self):
        self.delivered = 0

    @staticmethod
    def deliver_later(box, letters):
        worker = threading.Thread(target=box.drop, args=(letters,))
        worker.start()
        return worker

    def drop(self, letters):
        self.delivered += letters  # expect: GIL001


def main():
    box = Mailbox()
    first = Mailbox.deliver_later(box, 3)
    second = Mailbox.deliver_later(box, 4)
    first.join()
    second.join()
    print(box.delivered)


if __name__ == "__main__":
    main()
