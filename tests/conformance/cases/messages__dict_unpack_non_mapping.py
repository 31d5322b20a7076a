try:
    {**[1, 2]}
except TypeError as e:
    r = str(e)
r
# expect: "'list' object is not a mapping"
