"""A recorder: PortAudio's thread appends blocks while the main loop takes the list and starts a new one (positive)."""
import time

import sounddevice as sd

recorded = []


def on_audio(indata, frames, when, status):
    recorded.append(indata.copy())


def save(blocks):
    print(f"saving {len(blocks)} blocks")


with sd.InputStream(channels=1, callback=on_audio):
    for _ in range(5):
        time.sleep(1)
        blocks = recorded
        recorded = []  # expect: GIL001
        save(blocks)
