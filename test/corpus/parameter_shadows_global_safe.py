"""One listener thread keeps a chat history in a global; a helper's parameter of the same name is its own (negative)."""
import threading
import time

history = None
listening = True


def reply(prompt, history):
    history = (history or []) + [prompt]
    return history


def listen(lines):
    global history
    for line in lines:
        history = reply(line, history)


def main():
    threading.Thread(target=listen, args=(["hi", "there"],), daemon=True).start()
    while listening:
        time.sleep(0.1)
        break


if __name__ == "__main__":
    main()
