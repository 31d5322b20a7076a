isinstance(1, (str, (float, int)))
# expect: True
