"""Every worker is handed the same row number as `args=([0])`, a list in parentheses, and adds into that one row (positive: GIL001 once)."""
import threading

size = 4
table = [[0] * size for _ in range(size)]


def fill_row(row):
    for col in range(size):
        table[row][col] += col  # expect: GIL001


workers = [threading.Thread(target=fill_row, args=([0])) for _ in range(size)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(table)
