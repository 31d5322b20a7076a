(repr(int), repr(str), str(list))
