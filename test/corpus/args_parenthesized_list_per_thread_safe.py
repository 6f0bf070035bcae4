"""Each worker is handed its own row number as `args=([row])`, a list in parentheses, and adds only into its row (negative)."""
import threading

size = 4
table = [[0] * size for _ in range(size)]


def fill_row(row):
    for col in range(size):
        table[row][col] += row * col


workers = [threading.Thread(target=fill_row, args=([row])) for row in range(size)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(table)
