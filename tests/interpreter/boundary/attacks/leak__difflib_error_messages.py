# Attacks: difflib errors raised on every kind of bad argument, looking for host names in the messages.
# Held: nothing leaked.
import difflib
class Weird:
    pass
calls = [
    lambda: difflib.SequenceMatcher(None, 5, "a"),
    lambda: difflib.SequenceMatcher(None, iter("ab"), "a"),
    lambda: difflib.SequenceMatcher(None, "a", [[1]]).ratio(),
    lambda: list(difflib.unified_diff([Weird()], ["b"])),
    lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=Weird())),
    lambda: list(difflib.context_diff(["a", 3], ["b", 4])),
    lambda: list(difflib.ndiff(["a\n"], [Weird()])),
    lambda: list(difflib.restore(["- a"], Weird())),
    lambda: list(difflib.restore([Weird()], 1)),
    lambda: difflib.get_close_matches("a", 5),
    lambda: difflib.get_close_matches("a", [Weird()]),
    lambda: difflib.SequenceMatcher(None, "a", "b").find_longest_match("x"),
    lambda: difflib.SequenceMatcher(None, "a", "b").set_seq1(Weird()),
    lambda: difflib.SequenceMatcher(isjunk=5, b="abc"),
    lambda: difflib.IS_LINE_JUNK(5),
    lambda: difflib.Differ(linejunk=Weird()).compare(["a"], ["b"]).__next__(),
]
for call in calls:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__, e)
