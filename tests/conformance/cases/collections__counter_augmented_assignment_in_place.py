from collections import Counter

stock = Counter(apples=3, pears=1)
alias = stock
stock += Counter(apples=2)
stock -= Counter(pears=1)
stock |= Counter(kiwis=4)
stock &= Counter(apples=4, kiwis=9)


def merge_with_text():
    counts = Counter(a=1)
    counts |= Counter(a="x")


try:
    merge_with_text()
except TypeError as error:
    message = str(error)
(alias is stock, dict(alias), message)
# expect: (True, {'apples': 4, 'kiwis': 4}, "'>' not supported between instances of 'str' and 'int'")
