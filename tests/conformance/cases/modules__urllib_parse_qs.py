from urllib.parse import parse_qs
parse_qs('a=1&a=2&b=3')
# expect: {'a': ['1', '2'], 'b': ['3']}
# expect: {'a': ['1', '2'], 'b': ['3']}
