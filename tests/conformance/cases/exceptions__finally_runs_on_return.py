log = []
def f():
    try:
        return 1
    finally:
        log.append("finally")
(f(), log)
# expect: (1, ['finally'])
