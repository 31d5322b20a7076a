yield 1
# expect: refused at compile time: SyntaxError: 'yield' outside function
