# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def find_first(items, predicate):
    for i, item in enumerate(items):
        if predicate(item):
            break
    else:
        return None
    return i

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
        if steps > 1000:
            break
    else:
        return steps
    return -1

users = await list_users(limit=10)
idx = find_first(users, lambda u: u["score"] > 80)
none_idx = find_first(users, lambda u: u["score"] > 1000)
attempt = 0
while attempt < 5:
    attempt += 1
    if attempt == 3:
        continue
    if attempt == 4:
        break
else:
    attempt = -1
{"idx": idx, "none": none_idx, "collatz": [collatz_steps(n) for n in (1, 6, 27, 97)], "attempt": attempt}
