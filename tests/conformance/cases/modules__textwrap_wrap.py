import textwrap
textwrap.wrap('The quick brown fox jumps over the lazy dog', 12)
# expect: ['The quick', 'brown fox', 'jumps over', 'the lazy dog']
# expect: ['The quick', 'brown fox', 'jumps over', 'the lazy dog']
