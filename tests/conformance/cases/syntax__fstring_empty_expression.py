f"{}"
# expect: refused at compile time: SyntaxError: f-string: empty expression not allowed
