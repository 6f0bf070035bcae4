"""A static method starts the one worker thread, and the program calls it once (negative: shape 4)."""
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
        self.delivered += letters


def main():
    box = Mailbox()
    Mailbox.deliver_later(box, 3).join()
    print(box.delivered)


if __name__ == "__main__":
    main()
