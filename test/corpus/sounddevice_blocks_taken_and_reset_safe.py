"""A recorder whose PortAudio callback hands each block over a queue to the main loop (negative)."""
import queue
import time

import sounddevice as sd

blocks = queue.Queue()


def on_audio(indata, frames, when, status):
    blocks.put(indata.copy())


def save(batch):
    print(f"saving {len(batch)} blocks")


with sd.InputStream(channels=1, callback=on_audio):
    for _ in range(5):
        time.sleep(1)
        batch = []
        while not blocks.empty():
            batch.append(blocks.get())
        save(batch)
