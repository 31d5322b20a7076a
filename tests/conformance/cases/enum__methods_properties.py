from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
    def describe(self):
        return f"{self.name.title()} ({self.gravity})"
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)
([p.describe() for p in Planet], Planet.heaviest(), Planet.EARTH.value)
# expect: (['Mercury (3.7)', 'Earth (9.8)'], <Planet.EARTH: (5.976e+24, 6378140.0)>, (5.976e+24, 6378140.0))
