repr(dict[str, list[tuple[int, ...]]])
