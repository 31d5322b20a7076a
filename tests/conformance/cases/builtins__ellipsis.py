(... is Ellipsis, repr(...), type(...).__name__)
# expect: (True, 'Ellipsis', 'ellipsis')
# expect: (True, 'Ellipsis', 'ellipsis')
