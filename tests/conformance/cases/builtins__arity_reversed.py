try:
    reversed()
except TypeError as e:
    r = str(e)
r
# expect: 'reversed expected 1 argument, got 0'
