# Attacks: the exception instance handed to __exit__ and csv.Error's class: reaching __init__ (a readable dunder) to re-initialise a host object.
# Held: a clean error or program-local effects only; host state unchanged.
import csv
out = []
for target in (csv.Error, csv.Error("x"), csv.QUOTE_ALL):
    try:
        init = getattr(target, "__init__")
        init("pwned")
        out.append("called")
    except Exception as e:
        out.append(type(e).__name__)
out
