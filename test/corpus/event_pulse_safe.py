"""The reader leaves the Event set; the asker clears it once it has woken and read the reply (negative)."""
import threading

reply_ready = threading.Event()
replies = []


def read_replies(port):
    for line in port:
        replies.append(line)
        reply_ready.set()


def ask(port_out, question):
    port_out.append(question)
    reply_ready.wait()
    reply_ready.clear()
    return replies[-1]


if __name__ == "__main__":
    threading.Thread(target=read_replies, args=(["pong"],), daemon=True).start()
    print(ask([], "ping"))
