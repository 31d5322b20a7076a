d = {1: 1}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    r = str(e)
r
# expect: 'dictionary changed size during iteration'
