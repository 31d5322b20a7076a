import difflib
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ["i"]
b[20] += "x"
b[23:28] = []
b[30] += "y"
list(difflib.SequenceMatcher(None, a, b).get_grouped_opcodes())
# expect: [[('equal', 5, 8, 5, 8), ('insert', 8, 8, 8, 9), ('equal', 8, 11, 9, 12)], [('equal', 16, 19, 17, 20), ('replace', 19, 20, 20, 21), ('equal', 20, 22, 21, 23), ('delete', 22, 27, 23, 23), ('equal', 27, 30, 23, 26)], [('equal', 31, 34, 27, 30), ('replace', 34, 35, 30, 31), ('equal', 35, 38, 31, 34)]]
