try:
    assert 1 == 2, "values differ"
except AssertionError as e:
    r = str(e)
r
# expect: 'values differ'
