match 2:
    case _ if False:
        r = "no"
    case 2:
        r = "two"
r
# expect: 'two'
