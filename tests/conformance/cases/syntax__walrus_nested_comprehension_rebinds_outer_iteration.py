[[(j := i) for i in range(2)] for j in range(2)]
# expect: refused at compile time: SyntaxError: assignment expression cannot rebind comprehension iteration variable 'j'
