try:
    "{:,}".format("abc")
except ValueError as e:
    r = str(e)
r
# expect: "Cannot specify ',' with 's'."
