"""What every link of the message board shares, and the lock that guards it."""
import threading

links = []
links_lock = threading.Lock()
