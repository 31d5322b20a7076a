out = []
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        out.append(i)
out
# expect: [0, 1]
