["123".isdigit(), "abc".isalpha(), "a1".isalnum(), " ".isspace(), "Ab".istitle(), "ab".islower(), "²".isdigit(), "²".isdecimal()]
# expect: [True, True, True, True, True, True, True, False]
