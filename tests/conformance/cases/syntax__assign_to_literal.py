1 = x
# expect: refused at compile time: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
