from collections import Counter
Counter("abracadabra").most_common(2)
# expect: [('a', 5), ('b', 2)]
