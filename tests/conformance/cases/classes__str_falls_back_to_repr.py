class C:
    def __repr__(self):
        return "C!"
(str(C()), f"{C()}", [C()])
# expect: ('C!', 'C!', [C!])
