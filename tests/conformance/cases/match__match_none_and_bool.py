out = []
for v in (None, True, 1, False, 0):
    match v:
        case None:
            out.append("none")
        case True:
            out.append("true")
        case False:
            out.append("false")
        case _:
            out.append("int")
out
# expect: ['none', 'true', 'int', 'false', 'int']
