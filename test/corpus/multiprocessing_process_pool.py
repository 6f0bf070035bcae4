"""multiprocessing.Pool and Process: separate address spaces (negative)."""
import multiprocessing

done = 0


def crunch(n):
    global done
    done += 1
    return sum(i * i for i in range(n))


def main():
    with multiprocessing.Pool(2) as pool:
        print(pool.map(crunch, [10_000, 20_000]))
    p = multiprocessing.Process(target=crunch, args=(5,))
    p.start()
    p.join()


if __name__ == "__main__":
    main()
