s = "  Hello, World  "
[s.strip(), s.lower(), s.split(","), s.strip().center(15, "*"), s.count("l"), s.find("W"), s.rfind("o"), "a-b-c".rsplit("-", 1), "ab".zfill(5), "Hello".swapcase(), "x".join("abc")]
# expect: ['Hello, World', '  hello, world  ', ['  Hello', ' World  '], '**Hello, World*', 3, 9, 10, ['a-b', 'c'], '000ab', 'hELLO', 'axbxc']
