# Attacks: `list[x]` keeps any program value as its parameter and showed it with the host's `repr`,
# which walks a DAG-shaped list natively: 40 levels of `x = [x, x]` is 2**40 elements to print
# (25 s of CPU, then the address-space cap). Held: the repr goes through the program's charged writer.
x = [1]
for i in range(40):
    x = [x, x]
a = list[x]
s = repr(a)
print(a)
len(s)
