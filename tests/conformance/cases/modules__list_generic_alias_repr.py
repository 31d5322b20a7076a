repr(list[str])
# expect: 'list[str]'
