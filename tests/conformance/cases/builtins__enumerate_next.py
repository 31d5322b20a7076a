e = enumerate("xy")
(next(e), next(e), next(e, "end"))
# expect: ((0, 'x'), (1, 'y'), 'end')
