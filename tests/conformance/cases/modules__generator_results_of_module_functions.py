import heapq, difflib
results = [heapq.merge([1], [0]), difflib.ndiff(["a"], ["b"]), difflib.unified_diff(["a"], ["b"]), difflib.context_diff(["a"], ["b"]),
           difflib.restore(["- a"], 1), difflib.Differ().compare(["a"], ["b"]), difflib.SequenceMatcher(None, "ab", "ac").get_grouped_opcodes()]
[(type(r).__name__, repr(r).split(" at ")[0].rstrip(">"), next(r)) for r in results]
# expect: [('generator', '<generator object merge', 0), ('generator', '<generator object Differ.compare', '- a'), ('generator', '<generator object unified_diff', '--- \\n'), ('generator', '<generator object context_diff', '*** \\n'), ('generator', '<generator object restore', 'a'), ('generator', '<generator object Differ.compare', '- a'), ('generator', '<generator object SequenceMatcher.get_grouped_opcodes', [('equal', 0, 1, 0, 1), ('replace', 1, 2, 1, 2)])]
