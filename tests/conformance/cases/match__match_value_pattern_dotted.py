class Color:
    RED = 1
match 1:
    case Color.RED:
        r = "red"
r
# expect: 'red'
