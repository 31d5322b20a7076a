class C:
    return 1
# expect: refused at compile time: SyntaxError: 'return' outside function
