try:
    {[1]: 2}
except TypeError as e:
    r = str(e)
r
# expect: "unhashable type: 'list'"
