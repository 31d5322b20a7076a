s = "abcdefgh"
[s[::-1], s[1:6:2], s[-3:], s[:-3], s[10:], s[::3]]
# expect: ['hgfedcba', 'bdf', 'fgh', 'abcde', '', 'adg']
