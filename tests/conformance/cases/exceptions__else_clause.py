log = []
try:
    x = 1
except Exception:
    log.append("except")
else:
    log.append("else")
finally:
    log.append("finally")
log
# expect: ['else', 'finally']
