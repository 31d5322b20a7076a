# Attacks: ndiff of 300 similar 400-character lines with a program charjunk (called per
# character from the fancy-replace scoring).
# Held: a clean PtcError or a result, within the CPU cap.
import difflib
def junk(ch):
    return ch == " "
a = ["x" * 200 + " " * 200 + str(i) for i in range(300)]
b = ["x" * 199 + " " * 201 + str(i) for i in range(300)]
out = list(difflib.ndiff(a, b, linejunk=None, charjunk=junk))
len(out)
