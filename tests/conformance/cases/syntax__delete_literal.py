del 1
# expect: refused at compile time: SyntaxError: cannot delete literal
