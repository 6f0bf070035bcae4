"""The read passes through two locals before it is stored back (positive: shape 1)."""
from concurrent.futures import ThreadPoolExecutor


class Odometer:
    def __init__(self):
        self.km = 0

    def drive(self, leg):
        reading = self.km
        reading = reading + leg
        final = reading
        print("driving", leg)
        self.km = final  # expect: GIL001


car = Odometer()
with ThreadPoolExecutor(max_workers=3) as ex:
    for leg in (12, 40, 7):
        ex.submit(car.drive, leg)
