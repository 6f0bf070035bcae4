"""The same counts kept under one lock, and a plain function named like a handler that nothing registers (negative)."""
import threading

from flask import Flask
from flask_socketio import SocketIO

app = Flask(__name__)
socketio = SocketIO(app, async_mode="threading")
online = 0
online_lock = threading.Lock()
visits = 0


@socketio.on("connect")
def arrive():
    global online
    with online_lock:
        online += 1


@socketio.on("disconnect")
def depart():
    global online
    with online_lock:
        online -= 1


def count_visit():
    global visits
    visits += 1


count_visit()
