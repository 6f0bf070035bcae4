"""Dumps of a dict other threads change that cannot fail: under the one lock, a copy, sorted keys, json.dumps in one C step, or after join()."""
import json
import threading

inventory = {}
inventory_lock = threading.Lock()
sightings = {}


def restock(item):
    with inventory_lock:
        inventory[item] = inventory.get(item, 0) + 5
    sightings[item] = True


def snapshot(path):
    with inventory_lock:
        with open(path, "w") as fh:
            json.dump(inventory, fh)
    with open(path + ".seen", "w") as fh:
        json.dump(dict(sightings), fh)
    with open(path + ".sorted", "w") as fh:
        json.dump(sightings, fh, sort_keys=True)
    return json.dumps(sightings)


threads = [threading.Thread(target=restock, args=(name,)) for name in ("bolts", "nuts", "gears")]
threads.append(threading.Thread(target=snapshot, args=("stock.json",)))
for t in threads:
    t.start()
for t in threads:
    t.join()
with open("final.json", "w") as out:
    json.dump(sightings, out)
