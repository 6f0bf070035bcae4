"""A factory defines a singleton class and returns it; threads make instances of what it returned (positive: shape 3)."""
import threading


def make_registry_class(label):
    class Registry:
        _instance = None

        def __new__(cls):
            if cls._instance is None:  # expect: GIL004
                cls._instance = super().__new__(cls)
                cls._instance.label = label
            return cls._instance

    return Registry


Registry = make_registry_class("main")


def open_registry(found):
    found.append(id(Registry()))


seen = []
starters = [threading.Thread(target=open_registry, args=(seen,)) for _ in range(4)]
for s in starters:
    s.start()
for s in starters:
    s.join()
print(len(set(seen)), "registries")
