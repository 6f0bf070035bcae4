"""Coroutines on one event loop interleave only at await points (negative)."""
import asyncio

requests_served = 0
latencies = {}


async def handle(request_id):
    global requests_served
    await asyncio.sleep(0.001)
    requests_served += 1
    latencies[request_id] = latencies.get(request_id, 0) + 1


async def main():
    await asyncio.gather(*(handle(i) for i in range(100)))
    print(requests_served)


if __name__ == "__main__":
    asyncio.run(main())
