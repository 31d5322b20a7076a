# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return round(self.celsius * 9 / 5 + 32, 1)

    @staticmethod
    def from_fahrenheit(f):
        return Temperature((f - 32) * 5 / 9)

    @classmethod
    def freezing(cls):
        return cls(0)

    def __repr__(self):
        return f"Temperature({self.celsius:.1f})"

weather = await fetch_weather("tokyo", days=3)
temps = [Temperature(t) for t in weather["temps"]]
print(temps, [t.fahrenheit for t in temps])
{"f": [t.fahrenheit for t in temps], "from_f": repr(Temperature.from_fahrenheit(212)), "freezing": Temperature.freezing().fahrenheit, "scale": Temperature.scale}
