try:
    1 / 0
except ZeroDivisionError as e:
    r = str(e)
r
# expect: 'division by zero'
