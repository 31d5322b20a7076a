import decimal
try:
    decimal.Decimal(1).foo
except AttributeError as e:
    r = str(e)
r
# expect: "'decimal.Decimal' object has no attribute 'foo'"
