from enum import IntEnum
class Priority(IntEnum):
    LOW = 1
(str(Priority.LOW), repr(Priority.LOW), format(Priority.LOW), f"{Priority.LOW:03d}", "%s|%d" % (Priority.LOW, Priority.LOW), "{}".format(Priority.LOW))
# expect: ('1', '<Priority.LOW: 1>', '1', '001', '1|1', '1')
