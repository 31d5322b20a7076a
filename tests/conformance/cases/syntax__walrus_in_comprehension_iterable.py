[x for x in (y := [1, 2])]
# expect: refused at compile time: SyntaxError: assignment expression cannot be used in a comprehension iterable expression
