import difflib
a = [("id", 1), ("name", "x"), ("tags", ("a", "b"))]
b = [("name", "x"), ("id", 1), ("tags", ("a", "b")), ("new", None)]
difflib.SequenceMatcher(None, a, b).get_opcodes()
# expect: [('insert', 0, 0, 0, 1), ('equal', 0, 1, 1, 2), ('delete', 1, 2, 2, 2), ('equal', 2, 3, 2, 3), ('insert', 3, 3, 3, 4)]
