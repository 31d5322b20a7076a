def outer():
    def inner():
        return value

    try:
        value
    except UnboundLocalError as error:
        return type(error).__name__, str(error)
    value = 1


outer()
# expect: ('UnboundLocalError', "cannot access local variable 'value' where it is not associated with a value")
