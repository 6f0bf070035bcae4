"""boto3's managed transfers call the progress Callback from their worker threads (positive: GIL001 twice)."""
import sys

import boto3


class TransferMeter:
    def __init__(self, label):
        self.label = label
        self.done_bytes = 0

    def __call__(self, chunk):
        self.done_bytes += chunk  # expect: GIL001
        sys.stdout.write(f"\r{self.label}: {self.done_bytes} bytes")


class ChunkCounter:
    def __init__(self):
        self.chunks = 0

    def __call__(self, _chunk):
        self.chunks += 1  # expect: GIL001


def backup(paths, bucket):
    s3 = boto3.client("s3")
    for path in paths:
        s3.upload_file(path, bucket, path, Callback=TransferMeter(path))
    counter = ChunkCounter()
    s3.download_file(bucket, "index.json", "index.json", Callback=counter)
    return counter.chunks
