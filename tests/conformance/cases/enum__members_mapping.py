from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
m = Color.__members__
(m, len(m), "RED" in m, m["GREEN"], [(k, v.value) for k, v in m.items()])
# expect: (mappingproxy({'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>}), 2, True, <Color.GREEN: 2>, [('RED', 1), ('GREEN', 2)])
