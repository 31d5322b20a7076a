print("a", "b", sep="-", end="!\n")
print()
print(1, None, [1, "x"], {"k": (1,)})
# expect: None
