repr(list[int] | None)
# expect: 'list[int] | None'
