a, b = 1, 2
a, b += 1
# expect: refused at compile time: SyntaxError: 'tuple' is an illegal expression for augmented assignment
