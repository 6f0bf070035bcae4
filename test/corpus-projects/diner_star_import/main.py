"""Starts the diners, with the class taken by a star import."""
from threading import Event

from diner import *

if __name__ == "__main__":
    counter = Event()
    for i in range(5):
        diner = Diner(str(i), counter)
        diner.start()
