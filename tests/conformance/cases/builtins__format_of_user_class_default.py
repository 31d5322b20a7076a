class C:
    def __str__(self):
        return "c!"
(format(C()), f"{C()}", "{}".format(C()))
# expect: ('c!', 'c!', 'c!')
