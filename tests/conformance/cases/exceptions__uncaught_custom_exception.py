class Boom(Exception):
    pass
raise Boom("bang")
# expect: raises Boom: bang
