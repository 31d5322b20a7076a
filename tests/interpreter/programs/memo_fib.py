# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
memo = {}

def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def fib_plain(n):
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

{"fib90": fib(90), "plain": [fib_plain(n) for n in range(15)], "hanoi": len(hanoi(6)), "first_moves": hanoi(3)[:3]}
