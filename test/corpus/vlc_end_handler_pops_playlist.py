"""A jukebox: libVLC's event thread pops the next song when one ends, and the skip command pops one too (positive)."""
import vlc

playlist = ["intro.mp3", "theme.mp3", "outro.mp3"]
player = vlc.MediaPlayer()


def play_next(event=None):
    if playlist:  # expect: GIL004
        song = playlist.pop(0)
        player.set_media(vlc.Media(song))
        player.play()


player.event_manager().event_attach(vlc.EventType.MediaPlayerEndReached, play_next)
play_next()
while input("command: ") == "skip":
    play_next()
