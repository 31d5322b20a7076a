def walk(node):
    return [walk(child) for child in node]
loop = []
loop.append(loop)
try:
    walk(loop)
except RecursionError as e:
    raise e
# expect: raises RecursionError: maximum recursion depth exceeded
