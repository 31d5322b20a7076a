# Attacks: the PtcError that run() raises keeps the program's own exception object as __context__
# (`raise failure from None` suppresses it in tracebacks but keeps it): a host that logs or reports
# the chain (error trackers walk __context__ and repr frame locals) runs program __repr__/__str__ after return.
# Held: nothing prints after run() returned; the PtcError holds no program object.
# expect: error
class E(Exception):
    def __repr__(self):
        print("AFTER: program __repr__ ran from the host")
        return "E()"
    def __str__(self):
        print("AFTER: program __str__ ran from the host")
        return "e"
raise E("boom")
