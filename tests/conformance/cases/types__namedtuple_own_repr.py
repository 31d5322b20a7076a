from typing import NamedTuple
class Money(NamedTuple):
    amount: int
    currency: str = "EUR"
    def __str__(self):
        return f"{self.amount} {self.currency}"
repr((str(Money(5)), repr(Money(5)), f"{Money(7, 'USD')}", [Money(1)]))
# expect: '(\\'5 EUR\\', "Money(amount=5, currency=\\'EUR\\')", \\'7 USD\\', [Money(amount=1, currency=\\'EUR\\')])'
