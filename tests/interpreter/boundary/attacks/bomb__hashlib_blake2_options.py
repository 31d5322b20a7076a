# Attacks: blake2b with hostile options: a huge digest_size, a huge key and salt.
# Held: a clean PtcError.
import hashlib
out = []
for opts in ({"digest_size": 10**30}, {"key": b"k" * 1000000}, {"salt": b"s" * 100}, {"person": 5}):
    try:
        hashlib.blake2b(b"x", **opts)
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
out
