"""A queue made by the outer function and captured by the workers it starts: each asks it whether it is empty, then takes (positive: GIL004)."""
import threading
from queue import Queue


def grade_all(submissions, rubric):
    marks = {}
    pending = Queue()
    for sub in submissions:
        pending.put(sub)

    def grader():
        while not pending.empty():  # expect: GIL004
            sub = pending.get()
            marks[sub] = len(sub) % rubric
            pending.task_done()

    graders = [threading.Thread(target=grader) for _ in range(3)]
    for g in graders:
        g.start()
    for g in graders:
        g.join()
    return marks


if __name__ == "__main__":
    print(grade_all(["a.txt", "bb.txt", "ccc.txt"], 7))
