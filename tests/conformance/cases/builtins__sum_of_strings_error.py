try:
    sum(["a", "b"], "")
except TypeError as e:
    r = str(e)
r
# expect: "sum() can't sum strings [use ''.join(seq) instead]"
