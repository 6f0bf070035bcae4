"""Socket.IO event handlers run for each client at once (a thread per client in threading mode): the counts they keep are shared (positive: GIL001 three times)."""
from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app, async_mode="threading")
online = 0


@socketio.on("connect")
def arrive():
    global online
    online += 1  # expect: GIL001


@socketio.on("disconnect")
def depart():
    global online
    online -= 1  # expect: GIL001


class Lobby:
    def __init__(self, sio):
        self.players = 0
        sio.on_event("join", self.join)

    def join(self, data):
        self.players += 1  # expect: GIL001


Lobby(socketio)
