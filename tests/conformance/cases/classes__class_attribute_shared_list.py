class C:
    items = []
a, b = C(), C()
a.items.append(1)
b.items
# expect: [1]
