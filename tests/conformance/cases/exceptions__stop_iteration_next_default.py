it = iter([])
next(it, "done")
# expect: 'done'
