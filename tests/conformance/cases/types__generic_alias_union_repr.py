repr(list[int] | None)
