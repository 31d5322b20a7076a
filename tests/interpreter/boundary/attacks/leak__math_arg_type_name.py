# Attacks: math functions' argument TypeError names the host class.
# Held: no host class names in the message.
import math
try:
    math.sqrt(print)
except TypeError as e:
    r = e.args[0]
r
