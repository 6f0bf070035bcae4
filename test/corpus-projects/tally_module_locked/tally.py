"""Counters the whole program shares, kept in a module of their own with the lock that guards them."""
import threading

pages = 0
failures = 0
lock = threading.Lock()
