# Attacks: did-you-mean hint on a NativeFunction attribute in the final report.
# Held: no internal slot names (function/receiver) suggested.
# expect: error
len.functon
