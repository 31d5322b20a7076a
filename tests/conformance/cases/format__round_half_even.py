[round(0.5), round(1.5), round(2.5), round(2.675, 2), round(-0.5), round(1234, -2)]
# expect: [0, 2, 2, 2.67, 0, 1200]
