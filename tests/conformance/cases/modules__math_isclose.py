import math
(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(2.1))
# expect: (True, -3, 3)
