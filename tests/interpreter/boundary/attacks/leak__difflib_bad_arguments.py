# Attacks: error messages of difflib given unhashable elements, non-sequences, non-str lineterm,
# a bad restore choice, a program isjunk that raises.
# Held: CPython's messages; no address or host path.
import difflib
def bad(x):
    raise KeyError(x)
tries = [
    lambda: difflib.SequenceMatcher(None, [[1]], [[1]]).ratio(),
    lambda: difflib.SequenceMatcher(None, 5, 7),
    lambda: list(difflib.unified_diff(["a"], ["b"], lineterm=5)),
    lambda: list(difflib.restore(["x"], 3)),
    lambda: difflib.SequenceMatcher(bad, "ab", "ab").ratio(),
    lambda: list(difflib.ndiff(["ab\n"], ["ac\n"], charjunk=bad)),
    lambda: difflib.get_close_matches("a", 5),
    lambda: difflib.get_close_matches("a", ["a"], n=0),
    lambda: list(difflib.context_diff("a", "b", fromfile=object())),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
