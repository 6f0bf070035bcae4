"""The thread target calls helpers in the same module; the write is in a helper (positive)."""
import threading

bytes_parsed = 0
records = 0


def _account(size):
    global bytes_parsed
    bytes_parsed += size  # expect: GIL001


def _parse_record(raw):
    global records
    _account(len(raw))
    records = records + 1  # expect: GIL001
    return raw.split(b",")


def parse_stream(chunks):
    return [_parse_record(c) for c in chunks]


def main(streams):
    threads = [threading.Thread(target=parse_stream, args=(s,)) for s in streams]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
