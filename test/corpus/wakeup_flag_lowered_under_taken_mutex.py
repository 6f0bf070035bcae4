"""A porter sleeps until a guest rings; guests, holding a mutex taken by hand, ring only while the "may ring" flag is up and lower it; the porter raises it again without the mutex, so a raise can land between a guest's test and its lowering and the porter sleeps through a ring (positive: GIL001)."""
import threading
import time

may_ring = 1
bell = threading.Semaphore(0)
desk = threading.Semaphore(1)


class Lodge:
    queue = []

    def __init__(self, rooms):
        self.rooms = rooms

    def start_porter(self):
        threading.Thread(target=self.porter, daemon=True).start()

    def arrive(self, guest):
        global may_ring
        desk.acquire()
        if len(self.queue) < self.rooms:
            self.queue.append(guest)
            while may_ring:
                bell.release()
                may_ring = 0
        desk.release()

    def porter(self):
        global may_ring
        while True:
            if not self.queue:
                may_ring = 1  # expect: GIL001
                bell.acquire()
            desk.acquire()
            if self.queue:
                print("showing", self.queue.pop(0), "to a room")
            desk.release()
            time.sleep(0.1)


lodge = Lodge(2)
lodge.start_porter()
for name in ["ana", "bo", "cy"]:
    threading.Thread(target=lodge.arrive, args=(name,)).start()
