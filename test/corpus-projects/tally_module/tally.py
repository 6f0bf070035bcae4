"""Counters the whole program shares, kept in a module of their own."""
pages = 0
failures = 0
