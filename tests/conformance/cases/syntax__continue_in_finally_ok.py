out = []
for i in range(3):
    try:
        pass
    finally:
        out.append(i)
        continue
out
# expect: [0, 1, 2]
