f() = 1
# expect: refused at compile time: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
