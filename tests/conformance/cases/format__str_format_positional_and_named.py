"{0}-{1}-{0} {name!r} {x[0]} {y.real}".format("a", "b", name="n", x=[9], y=3)
# expect: "a-b-a 'n' 9 3"
