"""Two players' threads take turns through one global: each acts only when the turn is its own value, then hands it to the other (negative: no findings)."""
import threading

turn = 1
board = [0] * 9


class Player(threading.Thread):
    def __init__(self, me, moves):
        super().__init__()
        self.me = me
        self.moves = list(moves)

    def run(self):
        global turn
        while self.moves:
            if turn == self.me:
                board[self.moves.pop(0)] = self.me
                turn = 2 if self.me == 1 else 1


players = [Player(1, [0, 4, 8]), Player(2, [1, 2, 3])]
for p in players:
    p.start()
for p in players:
    p.join()
print(board)
