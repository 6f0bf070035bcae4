"""run_in_executor with a ProcessPoolExecutor: each process has its own globals (negative)."""
import asyncio
from concurrent.futures import ProcessPoolExecutor

primes_found = 0


def count_primes(limit):
    global primes_found
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            primes_found += 1
    return primes_found


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, count_primes, n) for n in (1000, 2000)))
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
