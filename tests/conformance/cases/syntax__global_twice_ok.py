def f():
    global g
    global g
    g = 3
f()
g
# expect: 3
