def setup():
    global config
    config = {"a": 1}
setup()
config
# expect: {'a': 1}
