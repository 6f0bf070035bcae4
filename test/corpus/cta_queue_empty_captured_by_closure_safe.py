"""Closure-captured queues taken safely: one grader alone may ask empty() first; several stop at a sentinel or at queue.Empty (negative)."""
import queue
import threading


def grade_alone(submissions):
    marks = []
    pending = queue.Queue()
    for sub in submissions:
        pending.put(sub)

    def grader():
        while not pending.empty():
            marks.append(len(pending.get()))

    only = threading.Thread(target=grader)
    only.start()
    only.join()
    return marks


def grade_with_sentinels(submissions, workers=3):
    marks = []
    pending = queue.Queue()
    for sub in submissions:
        pending.put(sub)
    for _ in range(workers):
        pending.put(None)

    def grader():
        while True:
            sub = pending.get()
            if sub is None:
                break
            marks.append(len(sub))

    graders = [threading.Thread(target=grader) for _ in range(workers)]
    for g in graders:
        g.start()
    for g in graders:
        g.join()
    return marks


def grade_until_empty(submissions, workers=3):
    marks = []
    pending = queue.Queue()
    for sub in submissions:
        pending.put(sub)

    def grader():
        while True:
            try:
                sub = pending.get_nowait()
            except queue.Empty:
                return
            marks.append(len(sub))

    graders = [threading.Thread(target=grader) for _ in range(workers)]
    for g in graders:
        g.start()
    for g in graders:
        g.join()
    return marks
