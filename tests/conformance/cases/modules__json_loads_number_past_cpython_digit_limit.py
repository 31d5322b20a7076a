import json
out = []
for text in ["1" * 4301, "-" + "2" * 5000, "[" + "3" * 4400 + "]"]:
    try:
        json.loads(text)
    except ValueError as e:
        out.append(str(e))
out
# expect: ['Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit', 'Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit', 'Exceeds the limit (4300 digits) for integer string conversion: value has 4400 digits; use sys.set_int_max_str_digits() to increase the limit']
