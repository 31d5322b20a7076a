import pprint
first = []
a = {"items": [first]}
a["items"].append(a)
text = pprint.saferepr(a)
(f"<Recursion on dict with id={id(a)}>" in text, pprint.pformat(a, width=10).count("Recursion"))
# expect: (True, 1)
