["k=v=w".partition("="), "k=v=w".rpartition("="), "hello world".title(), "ABC".casefold(), "a\tb".expandtabs(4)]
# expect: [('k', '=', 'v=w'), ('k=v', '=', 'w'), 'Hello World', 'abc', 'a   b']
