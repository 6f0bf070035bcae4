"""Mutual exclusion written by hand: Peterson's algorithm inline and in entry/exit helpers, the critical section between them (negative)."""
import threading

wants = [False, False]
turn = 0
inline_total = 0
helper_total = 0


def add_inline(me):
    global turn, inline_total
    other = 1 - me
    for _ in range(1000):
        wants[me] = True
        turn = other
        while wants[other] and turn == other:
            pass
        inline_total += 1
        wants[me] = False


def enter_critical(me):
    global turn
    wants[me] = True
    turn = 1 - me
    while wants[1 - me] and turn == 1 - me:
        pass


def exit_critical(me):
    wants[me] = False


def bump():
    global helper_total
    helper_total += 1


def add_with_helpers(me):
    for _ in range(1000):
        enter_critical(me)
        bump()
        exit_critical(me)


for who in (0, 1):
    threading.Thread(target=add_inline, args=(who,)).start()
    threading.Thread(target=add_with_helpers, args=(who,)).start()
