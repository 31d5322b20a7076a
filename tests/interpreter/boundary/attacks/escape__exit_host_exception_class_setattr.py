# Attacks: a program __exit__ receives the class of a host-raised exception (binascii.Error, _csv.Error: host classes shared by every run) and writes attributes on it and on csv.Error directly.
# Held: every write refused; host classes unchanged for later runs.
import base64, csv
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        self.t = t
        return True
out = []
with CM() as c:
    base64.b64decode("a")
for cls in (c.t, csv.Error):
    for attempt in (lambda: setattr(cls, "pwned", 1), lambda: setattr(cls, "args", 1), lambda: setattr(cls, "__str__", print)):
        try:
            attempt()
            out.append("wrote")
        except Exception as e:
            out.append(type(e).__name__)
out
