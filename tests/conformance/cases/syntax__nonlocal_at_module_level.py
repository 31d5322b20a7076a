nonlocal x
# expect: refused at compile time: SyntaxError: nonlocal declaration not allowed at module level
