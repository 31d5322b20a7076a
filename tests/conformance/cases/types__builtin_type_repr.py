(repr(int), repr(str), str(list))
# expect: ("<class 'int'>", "<class 'str'>", "<class 'list'>")
