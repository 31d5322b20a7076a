try:
    range(1.5)
except TypeError as e:
    r = str(e)
r
# expect: "'float' object cannot be interpreted as an integer"
