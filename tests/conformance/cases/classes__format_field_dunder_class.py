class Tag:
    pass
"{0.__class__.__name__}/{1.__class__.__name__}".format(Tag(), 3)
# expect: 'Tag/int'
