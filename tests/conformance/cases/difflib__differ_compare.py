import difflib
d = difflib.Differ()
list(d.compare(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"]))
# expect: ['- private Thread currentThread;\\n', '+ private volatile Thread currentThread;\\n', '?       +++++++++\\n']
