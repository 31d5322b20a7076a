break
# expect: refused at compile time: SyntaxError: 'break' outside loop
