import difflib
difflib.SequenceMatcher(None, [[1]], [[1]])
# expect: raises TypeError: unhashable type: 'list'
