{**d for d in [{}]}
# expect: refused at compile time: SyntaxError: dict unpacking cannot be used in dict comprehension
