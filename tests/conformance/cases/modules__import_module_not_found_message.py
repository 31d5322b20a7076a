try:
    import yaml.loader
except ModuleNotFoundError as e:
    msg = str(e)
msg
# expect: "No module named 'yaml'"
# expect: "No module named 'yaml'"
