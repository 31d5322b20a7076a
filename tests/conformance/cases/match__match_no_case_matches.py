r = "unset"
match 5:
    case 1:
        r = "one"
r
# expect: 'unset'
