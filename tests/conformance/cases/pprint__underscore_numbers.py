import pprint
pprint.pformat({"big": 12345678901, "small": 5, "neg": -1000000}, underscore_numbers=True)
# expect: "{'big': 12_345_678_901, 'neg': -1_000_000, 'small': 5}"
