from enum import IntEnum
class Priority(IntEnum):
    LOW = 1
    HIGH = 3
repr((Priority.LOW + 1, Priority.HIGH * 2, Priority.LOW < Priority.HIGH, Priority.LOW == 1, sorted([3, Priority.LOW, 2]), Priority(3), {1: "a"}[Priority.LOW], hash(Priority.HIGH)))
# expect: "(2, 6, True, True, [<Priority.LOW: 1>, 2, 3], <Priority.HIGH: 3>, 'a', 3)"
