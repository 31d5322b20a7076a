a = b = 1
del a, b
"ok"
# expect: 'ok'
