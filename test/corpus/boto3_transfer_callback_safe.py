"""A progress Callback for boto3's transfers that takes its own lock; a plain function callback with only local state (negative)."""
import threading

import boto3


class LockedMeter:
    def __init__(self, size):
        self.size = size
        self.done_bytes = 0
        self._lock = threading.Lock()

    def __call__(self, chunk):
        with self._lock:
            self.done_bytes += chunk
            share = self.done_bytes / self.size
        print(f"{share:.0%}")


def report(chunk):
    line = f"+{chunk}"
    print(line)


def fetch(bucket, key, size):
    s3 = boto3.client("s3")
    s3.download_file(bucket, key, key, Callback=LockedMeter(size))
    s3.upload_file(key, bucket, key + ".bak", Callback=report)
