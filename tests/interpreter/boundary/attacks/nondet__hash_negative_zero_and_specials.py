# Attacks: hash of -0.0, inf, big floats, bool mixes and complex-ish values.
# Held: identical across seeds.
[hash(-0.0), hash(float("inf")), hash(1e300), hash((True, 1.0, -0.0)), hash((float("inf"), None))]
