# Leaks: the deepcopy memo a program __deepcopy__ receives is keyed by id(): a host id() is an address.
# Held: the keys are the run's own id() numbers (small, the same in every process).
import copy
class Show:
    def __deepcopy__(self, memo):
        return sorted(k for k in memo if isinstance(k, int))
data = [[1], [2], Show()]
copy.deepcopy(data)[2]
