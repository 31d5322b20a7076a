class Account:
    __count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1
    def __check(self, amount):
        if amount > self.__balance:
            raise ValueError(f"insufficient funds: {self.__balance}")
    def withdraw(self, amount):
        self.__check(amount)
        self.__balance -= amount
        return self.__balance
    @property
    def balance(self):
        return self.__balance
    @classmethod
    def count(cls):
        return cls.__count
a = Account("ann", 10)
print(a.withdraw(3), a.balance, Account.count(), a._Account__balance)
try:
    a.withdraw(100)
except ValueError as e:
    print(e)
print(Account._Account__check.__name__)
class _Hidden:
    def __init__(self):
        self.__x = 1
    def get(self):
        return self.__x, [self.__x for _ in range(2)], (lambda: self.__x)()
print(_Hidden().get(), _Hidden()._Hidden__x)
class Outer:
    class __Inner:
        def __init__(self):
            self.__v = 2
    def make(self):
        return self.__Inner()
o = Outer().make()
print(o._Inner__v, type(o).__name__)
class B:
    def __init__(self):
        self.__p = "b"
class C(B):
    def __init__(self):
        super().__init__()
        self.__p = "c"
    def both(self):
        return self.__p, self._B__p
print(C().both())
class K:
    def f(self, __a=1):
        return __a
print(K().f(_K__a=5))
try:
    print(K().f(__a=5))
except TypeError as e:
    print(e)
# expect: None
