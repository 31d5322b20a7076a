try:
    {}["k"]
except KeyError as e:
    r = (str(e), e.args)
r
# expect: ("'k'", ('k',))
