[[i * j for j in range(3)] for i in range(3) if i]
# expect: [[0, 1, 2], [0, 2, 4]]
