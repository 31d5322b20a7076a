template = {"x": 1}
(template.fromkeys(["a", "b"], 0), "".maketrans("ab", "cd"))
# expect: ({'a': 0, 'b': 0}, {97: 99, 98: 100})
