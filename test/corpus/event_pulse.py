"""A reader thread pulses an Event for each reply, set and cleared at once; the asker may not be waiting yet (positive: GIL006)."""
import threading
import time

reply_ready = threading.Event()
last_reply = None


def read_replies(port):
    global last_reply
    for line in port:
        last_reply = line
        reply_ready.set()  # expect: GIL006
        reply_ready.clear()


def ask(port_out, question):
    port_out.append(question)
    time.sleep(0.01)
    reply_ready.wait()
    return last_reply


if __name__ == "__main__":
    threading.Thread(target=read_replies, args=(["pong"],), daemon=True).start()
    print(ask([], "ping"))
