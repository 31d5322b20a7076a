import difflib
a = "alpha beta gamma".split()
b = "alpha delta gamma epsilon".split()
list(difflib.unified_diff(a, b, "a", "b", "2024-01-01", "2024-01-02", lineterm=""))
# expect: ['--- a\\t2024-01-01', '+++ b\\t2024-01-02', '@@ -1,3 +1,4 @@', ' alpha', '-beta', '+delta', ' gamma', '+epsilon']
