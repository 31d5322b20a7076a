Matrix = list[list[float]]
def identity(n: int) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
identity(2)
# expect: [[1.0, 0.0], [0.0, 1.0]]
