# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} cannot withdraw {amount}; balance is {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __str__(self):
        return f"<{self.owner}: {self.balance}>"

acct = Account("ada").deposit(100).deposit(50).withdraw(30)
errors = []
for op, amount in [("withdraw", 500), ("deposit", -5), ("withdraw", 20)]:
    try:
        getattr_free = acct.withdraw if op == "withdraw" else acct.deposit
        getattr_free(amount)
    except (InsufficientFunds, ValueError) as e:
        errors.append(f"{type(e).__name__}: {e}")
print(acct)
{"balance": acct.balance, "history": acct.history, "errors": errors, "str": str(acct)}
