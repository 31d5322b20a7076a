# Attacks: builtins that must not exist (eval, exec, open, compile, globals, vars, dir, __import__, memoryview, breakpoint, input, object, type 3-arg).
# Held: a clean PtcSyntaxError.
# expect: error
out = [eval, exec, open, compile, globals, locals, vars, dir, __import__, memoryview, breakpoint, input, help, object]
out
