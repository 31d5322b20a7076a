(list[int] == list[int], list[int] == list[str])
