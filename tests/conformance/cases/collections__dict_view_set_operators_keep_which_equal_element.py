one = {1: "x"}
small = {True: "t"}
(
    [type(k).__name__ for k in one.keys() & [1.0]],
    [type(k).__name__ for k in one.keys() & {1.0, 2.0, 3.0}],
    [type(k).__name__ for k in {1.0} & one.keys()],
    [type(k).__name__ for k in one.keys() | [1.0]],
    [type(k).__name__ for k in [1.0] | one.keys()],
    [type(k).__name__ for k in small.keys() & one.keys()],
    [type(k).__name__ for k in {1: 0, 2: 0}.keys() & small.keys()],
)
# expect: (['float'], ['int'], ['int'], ['int'], ['float'], ['int'], ['bool'])
