"""A robot car: a serial thread keeps storing the last command it read in a global, and the main
loop tests the command and then clears it to wait for the next: a command the thread stores between
the test and the clear is wiped out without being acted on (positive; both clears are one finding).
The speed the thread stores under a lock that the main loop holds over its test and clear, and the
status the main loop clears only after joining the thread, are left alone (negative)."""
import threading

command = ""
speed = 0
status = ""
speed_lock = threading.Lock()


def read_serial(port):
    global command, speed, status
    while True:
        line = port.readline().decode()
        command = line
        with speed_lock:
            speed = len(line)
        status = "read"
        if not line:
            break


def drive(port):
    global command, speed, status
    reader = threading.Thread(target=read_serial, args=(port,))
    reader.start()
    while reader.is_alive():
        if command.startswith("go"):
            command = ""  # expect: GIL001
            print("forward")
        elif command.startswith("stop"):
            command = ""
            print("halt")
        with speed_lock:
            if speed > 10:
                speed = 0
    reader.join()
    if status:
        status = ""
