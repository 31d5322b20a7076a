return 5
# expect: refused at compile time: SyntaxError: 'return' outside function
