def descend(n):
    return descend(n + 1) + 1
descend(0)
# expect: raises RecursionError: maximum recursion depth exceeded
