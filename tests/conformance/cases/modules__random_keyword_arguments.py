# getrandbits is a builtin method of one positional argument; the rejection draws take names.
import random

random.seed(1)
try:
    random.getrandbits(k=8)
except TypeError as error:
    message = str(error)
(message, 0 < random.betavariate(alpha=2, beta=3) < 1, random.gammavariate(alpha=1, beta=1) > 0)
# expect: ('Random.getrandbits() takes no keyword arguments', True, True)
