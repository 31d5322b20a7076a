try:
    del_me = 1
    del del_me
    del_me
except NameError as e:
    r = (type(e).__name__, str(e))
r
# expect: ('NameError', "name 'del_me' is not defined")
