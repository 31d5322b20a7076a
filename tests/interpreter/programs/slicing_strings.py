# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
text = "The quick brown fox jumps over the lazy dog"
words = text.split()
print(words[::2], words[-3:], words[1:-1:3])
print(text[4:9], text[-3:], text[::-1][:8])
nums = list(range(20))
nums[2:5] = ["a", "b"]
del nums[::4]
copy = nums[:]
copy.reverse()
t = tuple(range(10))
title = " ".join(w.capitalize() for w in words)
acronym = "".join(w[0] for w in words).upper()
padded = [w.ljust(6, ".") for w in words[:3]]
{"nums": nums, "copy_head": copy[:3], "t": t[3:7], "title": title, "acronym": acronym, "padded": padded, "find": text.find("fox"), "rfind": text.rfind("o"), "count": text.count("o")}
