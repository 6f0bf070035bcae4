"""A folder watcher: watchdog's observer calls the handler's `on_*` methods on its own thread, while the main loop goes
through the same table of loaded reports and resets the count of changes (positive: GIL004 on the loop, GIL001 on the
count the handler and the main loop both write)."""
import time

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

reports = {}
changed_files = 0


class ReportWatcher(FileSystemEventHandler):
    def on_created(self, event):
        global changed_files
        reports[event.src_path] = time.time()
        changed_files += 1  # expect: GIL001

    def on_deleted(self, event):
        reports.pop(event.src_path, None)


def summarise():
    global changed_files
    observer = Observer()
    observer.schedule(ReportWatcher(), "reports", recursive=False)
    observer.start()
    try:
        while True:
            for path, seen in reports.items():  # expect: GIL004
                print(path, seen)
            changed_files = 0
            time.sleep(5)
    finally:
        observer.stop()
        observer.join()


if __name__ == "__main__":
    summarise()
