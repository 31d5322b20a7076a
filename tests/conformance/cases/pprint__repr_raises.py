import pprint, io
class Bad:
    def __repr__(self):
        raise ValueError("no repr")
try:
    pprint.pprint([1, 2, "x" * 80, Bad()])
except ValueError as e:
    print("\nerror:", e)
buf = io.StringIO()
try:
    pprint.pprint({"a": "y" * 90, "b": Bad()}, stream=buf)
except ValueError as e:
    print(repr(buf.getvalue()), e)
# expect: None
