try:
    "{0} {1}".format("a")
except IndexError as e:
    r = str(e)
r
# expect: 'Replacement index 1 out of range for positional args tuple'
