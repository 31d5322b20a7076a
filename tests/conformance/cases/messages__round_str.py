try:
    round("1.5")
except TypeError as e:
    r = str(e)
r
# expect: "type str doesn't define __round__ method"
