d = {}
d["missing"]
# expect: raises KeyError: 'missing'
