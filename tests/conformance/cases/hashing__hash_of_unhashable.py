try:
    hash([1])
except TypeError as e:
    r = str(e)
r
# expect: "unhashable type: 'list'"
