[format(3.14159, ".3"), format(10, "x"), format("ab", "*>4"), format(-5, "+d"), format(1e21), format(True, "d")]
# expect: ['3.14', 'a', '**ab', '-5', '1e+21', '1']
