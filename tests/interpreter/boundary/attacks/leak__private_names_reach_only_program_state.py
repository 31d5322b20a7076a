# Attacks: where the interpreter itself keeps state in a host `__dict__` the program's private
# names also live (a program exception's instance dict holds the scanned-args marker; a builtin
# exception keeps the program's attributes apart). Probe every spelling of the reserved keys and
# look for anything the program did not put there.
# Held: the program sees only its own attributes; the reserved prefix is refused everywhere.
# expect: value ('ok', ['_mine'])
import copy, operator
class AppError(Exception):
    pass
err = AppError("m" * 300000)
err.args
err.args
err._mine = 1
found = []
for name in ("_ptc_scanned_args", "_ptc_attributes", "_ptc", "_ptcx", "_scanned_args", "_attributes", "_mine"):
    for how in ("getattr", "hasattr", "format", "attrgetter"):
        try:
            if how == "getattr":
                getattr(err, name)
            elif how == "hasattr":
                if not hasattr(err, name):
                    continue
            elif how == "format":
                ("{0." + name + "}").format(err)
            else:
                operator.attrgetter(name)(err)
            found.append(name)
        except AttributeError:
            pass
value = ValueError("x")
value._a = 1
for name in ("_ptc_attributes", "_a"):
    try:
        setattr(value, name, 2)
    except AttributeError:
        found.append("refused " + name)

("ok" if "refused _ptc_attributes" in found and "_ptc_scanned_args" not in found else found, sorted(set(n for n in found if not n.startswith("refused"))))
