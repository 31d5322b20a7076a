(a + 1) = 2
# expect: refused at compile time: SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?
