# Attacks: a SequenceMatcher's CPython internals (b2j, bpopular, bjunk, fullbcount) and its
# reprs: a host dict or set reached through them could be mutated or reveal hash order.
# Held: none is reachable; no address or host path in the reprs.
import difflib
words = ["w%d" % (i % 50) for i in range(2000)]
sm = difflib.SequenceMatcher(None, "", words)
print([hasattr(sm, name) for name in ("b2j", "bpopular", "bjunk", "fullbcount", "matching_blocks", "opcodes")])
print(sm.b[:3], sm.isjunk, sm.autojunk, getattr(sm, "bpopular", None))
print(sm, repr(sm), type(sm), sm.get_grouped_opcodes(), difflib.ndiff(["a"], ["b"]), difflib.Differ())
print(difflib.IS_CHARACTER_JUNK, difflib.IS_LINE_JUNK, difflib.SequenceMatcher, difflib.Differ)
