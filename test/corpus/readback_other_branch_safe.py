"""A read in one arm of an if/elif and a store in another: no run does both, so it is no read-modify-write (negative: no findings)."""
import threading

store = {}


def serve(requests):
    for command, key, value in requests:
        if command == "get":
            value = store.get(key)
            print(key, value)
        elif command == "put":
            store[key] = value
        else:
            print("unknown", command)


for batch in ([("put", "a", 1)], [("get", "a", None)]):
    threading.Thread(target=serve, args=(batch,)).start()
