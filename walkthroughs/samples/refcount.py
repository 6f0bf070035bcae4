"""Why the GIL exists: every object carries a reference count that changes all the time.

Run this file (the walkthrough's "Run it" button opens it in a terminal with GIL Lab's interpreter).
Each new name, list slot or argument that refers to an object adds one to its count; CPython frees
the object when the count drops to zero. Two threads changing one count at the same moment without
protection could lose a change and free an object still in use, or leak it. The GIL made every such
change safe at once; free-threaded builds protect the counts in other ways (PEP 703).
"""
import sys


def count(obj):
    # getrefcount sees one extra reference: its own argument.
    return sys.getrefcount(obj)


def main():
    data = object()
    start = count(data)
    print(f"a new object:              {start}")
    alias = data
    print(f"after `alias = data`:      {count(data)}  (+{count(data) - start})")
    box = [data, data]
    print(f"after a list holding it 2x: {count(data)}  (+{count(data) - start})")
    del alias
    box.clear()
    print(f"after `del alias`, clear(): {count(data)}  (+{count(data) - start})")


if __name__ == "__main__":
    main()
