"""A scanner thread whose work runs in a coroutine defined inside its own function (`asyncio.run(handler())`): the coroutine both raises and clears the module's scanning flag, on that one thread, under the condition the readers wait on (negative)."""
import asyncio
import threading

scanning = False
requests = 0
changed = threading.Condition()


def scanner_thread():
    async def handler():
        global scanning
        while True:
            with changed:
                if requests > 0 and scanning:
                    scanning = False
                    changed.notify_all()
                elif requests == 0 and not scanning:
                    scanning = True
            await asyncio.sleep(0.1)

    asyncio.run(handler())


def request_read():
    global requests
    with changed:
        requests += 1
        while scanning:
            changed.wait()


threading.Thread(target=scanner_thread, daemon=True).start()
request_read()
