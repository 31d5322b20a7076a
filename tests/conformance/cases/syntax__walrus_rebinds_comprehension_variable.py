[i := 0 for i in range(3)]
# expect: refused at compile time: SyntaxError: assignment expression cannot rebind comprehension iteration variable 'i'
