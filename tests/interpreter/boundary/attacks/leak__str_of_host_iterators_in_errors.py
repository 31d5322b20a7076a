# Attacks: error messages that embed repr of native iterators (int(), float(), ord(), chr()).
# Held: no addresses.
msgs = []
for f in [int, float, ord, chr, len, abs, bool, str.upper]:
    for v in [iter([]), zip(), enumerate([]), reversed([1]), iter({}.items()), map(int, [])]:
        try:
            f(v)
        except Exception as e:
            msgs.append(str(e))
msgs
