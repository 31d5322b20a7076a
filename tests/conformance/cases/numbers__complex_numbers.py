z = complex(1, 2)
(z * z, abs(3 + 4j), z.conjugate(), z.real)
# expect: ((-3+4j), 5.0, (1-2j), 1.0)
