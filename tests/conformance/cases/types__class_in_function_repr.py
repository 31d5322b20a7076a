def make():
    class Local:
        pass
    return Local
repr(make())
# expect: "<class '__main__.make.<locals>.Local'>"
