try:
    chr()
except TypeError as e:
    r = str(e)
r
# expect: 'chr() takes exactly one argument (0 given)'
