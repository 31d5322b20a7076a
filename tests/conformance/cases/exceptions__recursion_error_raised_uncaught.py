raise RecursionError("too deep for this parser")
# expect: raises RecursionError: too deep for this parser
