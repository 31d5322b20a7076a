def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(20)
# expect: 2432902008176640000
