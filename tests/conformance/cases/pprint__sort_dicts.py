import pprint
d = {"zeta": 1, "alpha": 2, "mid": [3, 2, 1]}
(pprint.pformat(d), pprint.pformat(d, sort_dicts=False))
# expect: ("{'alpha': 2, 'mid': [3, 2, 1], 'zeta': 1}", "{'zeta': 1, 'alpha': 2, 'mid': [3, 2, 1]}")
