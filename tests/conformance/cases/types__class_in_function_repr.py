def make():
    class Local:
        pass
    return Local
repr(make())
