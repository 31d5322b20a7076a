class Item:
    pass
repr(list[Item])
# expect: 'list[__main__.Item]'
