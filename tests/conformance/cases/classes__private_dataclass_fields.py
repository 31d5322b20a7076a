from dataclasses import dataclass, field, asdict
@dataclass
class Account:
    owner: str
    _balance: int = 0
    _log: list = field(default_factory=list)
    def deposit(self, n):
        self._balance += n
        self._log.append(n)
a = Account("ann")
a.deposit(5)
(repr(a), asdict(a), a == Account("ann", 5, [5]), a._balance)
# expect: ("Account(owner='ann', _balance=5, _log=[5])", {'owner': 'ann', '_balance': 5, '_log': [5]}, True, 5)
