repr(dict[str, list[tuple[int, ...]]])
# expect: 'dict[str, list[tuple[int, ...]]]'
