(list[int] == list[int], list[int] == list[str])
# expect: (True, False)
