for i in range(3):
    pass
i
# expect: 2
