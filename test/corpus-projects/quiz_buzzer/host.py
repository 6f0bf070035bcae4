"""Starts the quiz: the server class and the handler class come from their own modules."""
from buzzer_server import BuzzerServer
from contestant import ContestantHandler


def main():
    with BuzzerServer(("127.0.0.1", 7070), ContestantHandler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
