# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(x, y):
    yt = transpose(y)
    return [[sum(p * q for p, q in zip(row, col)) for col in yt] for row in x]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

product = matmul(a, b)
for row in product:
    print(" ".join(f"{v:5d}" for v in row))
{"t": transpose(a), "product": product, "id": matmul(product, identity(2)) == product, "trace": sum(product[i][i] for i in range(2))}
