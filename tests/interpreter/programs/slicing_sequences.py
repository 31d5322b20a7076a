# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
nums = list(range(20))
print(nums[::3], nums[-3:], nums[:-15], nums[5:1:-1], nums[::-4], nums[100:], nums[-100:2])
s = "abcdefghij"
print(s[::-1], s[1::2], s[-2::-3], s[3:3], s[:], s[2:-2:2], s[::-1][::2])
t = (1, 2, 3, 4, 5)
print(t[1:4], t[::-1], t[-1], t[:0], t[10:20])
lst = [0] * 10
lst[2:5] = [7, 8]
lst[::3] = ["a"] * len(lst[::3])
del lst[-2:]
print(lst, len(lst))
m = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [list(col) for col in zip(*m)]
diag = [m[i][i] for i in range(3)]
flat = [x for row in m for x in row]
print(transposed, diag, flat[::-2], [row[::-1] for row in m])
b = b"hello"
print(b[1:3], b[::-1], list(b[:2]), b.upper(), b.decode().title())
r = range(10, 0, -2)
print(list(r), r[1], r[-1], r[1:3], len(r), 4 in r, 5 in r, list(reversed(range(3))), r.index(6))
words = "the quick brown fox jumps".split()
words[1:3] = reversed(words[1:3])
words, words.index("fox"), words.count("the"), ["x"] * 0, [1, 2] * 2 + [3]
