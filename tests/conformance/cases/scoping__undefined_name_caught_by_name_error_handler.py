seen = []
try:
    never_bound_anywhere
except NameError as error:
    seen.append(str(error))
try:
    [never_bound_either for _ in range(1)]
except (KeyError, NameError) as error:
    seen.append(str(error))
seen
# expect: ["name 'never_bound_anywhere' is not defined", "name 'never_bound_either' is not defined"]
