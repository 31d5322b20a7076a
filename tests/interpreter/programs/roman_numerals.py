# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    out = []
    for value, symbol in NUMERALS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)

def from_roman(s):
    values = {symbol: value for value, symbol in NUMERALS if len(symbol) == 1}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total

years = [1987, 2024, 3999, 4, 444]
romans = [to_roman(y) for y in years]
assert all(from_roman(r) == y for r, y in zip(romans, years)), "roundtrip failed"
dict(zip(years, romans))
