class Item:
    pass
repr(list[Item])
