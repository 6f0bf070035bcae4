"""The same server as chat_server, with every shared update under a lock."""
import socket
import threading

from handlers import serve_client


def main(port=5051):
    listener = socket.create_server(("127.0.0.1", port))
    while True:
        conn, addr = listener.accept()
        threading.Thread(target=serve_client, args=(conn, addr), daemon=True).start()


if __name__ == "__main__":
    main()
