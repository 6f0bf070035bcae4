"""Three runners and two branches: two threads are handed the same team, so that team's total has two writers (positive)."""
import threading

home_score = 0
away_score = 0


def play(team, rounds):
    global home_score, away_score
    for _ in range(rounds):
        if team == "home":
            home_score += 1  # expect: GIL001
        else:
            away_score += 1


first = threading.Thread(target=play, args=("home", 1000))
second = threading.Thread(target=play, args=("home", 1000))
third = threading.Thread(target=play, args=("away", 1000))
for t in (first, second, third):
    t.start()
for t in (first, second, third):
    t.join()
print(home_score, away_score)
