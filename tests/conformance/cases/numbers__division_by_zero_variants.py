out = []
for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0)):
    try:
        f()
    except ZeroDivisionError as e:
        out.append(str(e))
out
# expect: ['integer division or modulo by zero', 'integer modulo by zero', 'float division by zero', 'integer division or modulo by zero']
