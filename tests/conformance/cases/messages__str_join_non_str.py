try:
    ",".join([1, 2])
except TypeError as e:
    r = str(e)
r
# expect: 'sequence item 0: expected str instance, int found'
