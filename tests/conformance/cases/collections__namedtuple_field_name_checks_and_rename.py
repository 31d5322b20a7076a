from collections import namedtuple
out = []
for args, kw in [(('P', ['def']), {}), (('P', ['a', 'a']), {}), (('P', ['_a']), {}), (('P', ['1a']), {}), (('P', 'a b c'), {}), (('def', ['a']), {}), (('1P', ['a']), {}), (('P', ['a', 'b-c']), {}),
                 (('_P', ['a']), {}), (('P', ['_a', '1b']), {}), (('P', ['a', 'def', 'a', '_x', '1', 'class', 'b']), {'rename': True}), (('P', ['match', 'case', 'type']), {}), (('None', ['a']), {}), ((None, 'x'), {}),
                 (('P', ['True']), {'rename': True}), (('P', ['a', 'a']), {'rename': 1}), (('def', ['a']), {'rename': True}), (('P', ['_0', 'a']), {'rename': True}), (('P', [1, 2]), {'rename': True}), (('P', ['a', '_1', 'b', 'b']), {'rename': True})]:
    try:
        out.append(namedtuple(*args, **kw)._fields)
    except Exception as e:
        out.append((type(e).__name__, str(e)))
P = namedtuple('P', ['a', 'def', 'a', '_x', '1'], rename=True)
p = P(1, 2, 3, 4, 5)
q = P(1, 2, 3, 4, _4=9)
out += [P._fields, repr(p), p[1], tuple(p), p._asdict(), repr(q), repr(p._replace(a=7)), repr(P._make([5, 4, 3, 2, 1])), p == (1, 2, 3, 4, 5)]
out
# expect: [('ValueError', "Type names and field names cannot be a keyword: 'def'"), ('ValueError', "Encountered duplicate field name: 'a'"), ('ValueError', "Field names cannot start with an underscore: '_a'"), ('ValueError', "Type names and field names must be valid identifiers: '1a'"), ('a', 'b', 'c'), ('ValueError', "Type names and field names cannot be a keyword: 'def'"), ('ValueError', "Type names and field names must be valid identifiers: '1P'"), ('ValueError', "Type names and field names must be valid identifiers: 'b-c'"), ('a',), ('ValueError', "Type names and field names must be valid identifiers: '1b'"), ('a', '_1', '_2', '_3', '_4', '_5', 'b'), ('match', 'case', 'type'), ('ValueError', "Type names and field names cannot be a keyword: 'None'"), ('ValueError', "Type names and field names cannot be a keyword: 'None'"), ('_0',), ('a', '_1'), ('ValueError', "Type names and field names cannot be a keyword: 'def'"), ('_0', 'a'), ('_0', '_1'), ('a', '_1', 'b', '_3'), ('a', '_1', '_2', '_3', '_4'), 'P(a=1, _1=2, _2=3, _3=4, _4=5)', 2, (1, 2, 3, 4, 5), {'a': 1, '_1': 2, '_2': 3, '_3': 4, '_4': 5}, 'P(a=1, _1=2, _2=3, _3=4, _4=9)', 'P(a=7, _1=2, _2=3, _3=4, _4=5)', 'P(a=5, _1=4, _2=3, _3=2, _4=1)', True]
