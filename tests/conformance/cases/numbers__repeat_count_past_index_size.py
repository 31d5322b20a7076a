out = []
for f in [lambda: 'abc' * 10**100, lambda: 10**100 * [1], lambda: b'x' * -10**30, lambda: (1,) * 2**63]:
    try:
        f()
    except (OverflowError, MemoryError) as e:
        out.append((type(e).__name__, str(e)))
s = 'ab'
try:
    s *= 10**20
except OverflowError as e:
    out.append(str(e))
import json
try:
    json.loads('-' + '1' * 4301)
except ValueError as e:
    out.append(str(e))
out
# expect: [('OverflowError', "cannot fit 'int' into an index-sized integer"), ('OverflowError', "cannot fit 'int' into an index-sized integer"), ('OverflowError', "cannot fit 'int' into an index-sized integer"), ('OverflowError', "cannot fit 'int' into an index-sized integer"), "cannot fit 'int' into an index-sized integer", 'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit']
