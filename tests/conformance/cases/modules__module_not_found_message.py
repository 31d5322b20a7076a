try:
    import surely_not_a_module_anywhere
except ModuleNotFoundError as error:
    outcome = (type(error).__name__, str(error))
outcome
# expect: ('ModuleNotFoundError', "No module named 'surely_not_a_module_anywhere'")
