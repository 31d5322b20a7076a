numbers = [3, 1, 2]
lengths_seen = []


def key(value):
    lengths_seen.append(len(numbers))
    return value


numbers.sort(key=key)

grown = [2, 1]


def grow(value):
    grown.append(value)
    return value


try:
    grown.sort(key=grow)
except ValueError as error:
    message = str(error)
(numbers, lengths_seen, grown, message)
# expect: ([1, 2, 3], [0, 0, 0], [1, 2], 'list modified during sort')
