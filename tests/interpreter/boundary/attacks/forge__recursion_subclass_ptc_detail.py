# Attacks: the interpreter marks its own RecursionError (the depth limit tripping) with a host
# attribute `ptc_detail`, read off the exception when it ends the run. A program subclass of
# RecursionError is a program instance whose attributes live in its own __dict__, so
# `self.ptc_detail = ...` (a public name) or a class attribute of that name puts a truthy value where
# the host looks, and the program's own exception would end the run reported as the
# max_recursion_depth limit.
# Held: the run ends with the program's own RecursionError (a PtcRuntimeError), not a limit report.
# expect: runtime-error
class R(RecursionError):
    ptc_detail = "class-level forged detail"
    def __init__(self, message):
        super().__init__(message)
        self.ptc_detail = "forged: the limit was never reached"
        self.ptc_needs_callee = True
raise R("maximum recursion depth exceeded")
