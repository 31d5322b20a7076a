import re
out = []
def replace(m):
    print("called", m.group())
    return {"a": None, "b": 5, "c": "C", "d": b"x"}[m.group()]
for text in ["a", "xb", "axb", "xaxcxb", "bbb", "cxdb", "aab", "xyz"]:
    try:
        out.append(re.sub("[abcd]", replace, text))
    except TypeError as e:
        out.append(str(e))
out
# expect: ['', 'sequence item 1: expected str instance, int found', 'sequence item 1: expected str instance, int found', 'sequence item 4: expected str instance, int found', 'sequence item 0: expected str instance, int found', 'sequence item 2: expected str instance, bytes found', 'sequence item 0: expected str instance, int found', 'xyz']
