"""A jukebox whose end-of-song handler and skip command take the next song under one lock (negative)."""
import threading

import vlc

playlist = ["intro.mp3", "theme.mp3", "outro.mp3"]
playlist_lock = threading.Lock()
player = vlc.MediaPlayer()


def play_next(event=None):
    with playlist_lock:
        if not playlist:
            return
        song = playlist.pop(0)
    player.set_media(vlc.Media(song))
    player.play()


player.event_manager().event_attach(vlc.EventType.MediaPlayerEndReached, play_next)
play_next()
while input("command: ") == "skip":
    play_next()
