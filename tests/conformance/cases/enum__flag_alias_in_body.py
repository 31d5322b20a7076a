from enum import Flag, auto
class Day(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    EARLY = MON | TUE
    NONE = 0
(list(Day), Day.EARLY, Day.MON | Day.TUE, Day(0), len(Day), Day.MON ^ Day.EARLY)
# expect: ([<Day.MON: 1>, <Day.TUE: 2>, <Day.WED: 4>], <Day.EARLY: 3>, <Day.EARLY: 3>, <Day.NONE: 0>, 3, <Day.TUE: 2>)
