"""Rooms are created in the else branch of a membership test, and players registered after a test on .keys() (positive: GIL004 twice)."""
import threading


class Lobby:
    def __init__(self):
        self.rooms = {}
        self.players = {}

    def join(self, player, room):
        if room in self.rooms or room in ("admin", "root"):  # expect: GIL004
            print(player, "joins", room)
        else:
            self.rooms[room] = [player]
        if player not in self.players.keys():  # expect: GIL004
            self.players[player] = room

    def serve(self, requests):
        for player, room in requests:
            threading.Thread(target=self.join, args=(player, room)).start()
