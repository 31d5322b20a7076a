def f():
    from math import *
# expect: refused at compile time: SyntaxError: import * only allowed at module level
