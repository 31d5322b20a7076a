# Attacks: pprint to a program object posing as a stream (its write would be called by host code),
# and PrettyPrinter.format with a forged context.
# Held: a clean refusal or result, nothing run after return.
import pprint
class Sink:
    def write(self, text):
        print("WRITE", text)
try:
    pprint.pprint([1], stream=Sink())
except TypeError as e:
    print("refused:", e)
pp = pprint.PrettyPrinter()
print(pp.format([1, [2]], {"forged": 1}, 1, 0))
print(pprint.pformat([1, [2, [3]]], depth=1.5))
