try:
    import yaml
except ImportError:
    yaml = None
yaml is None
# expect: True
# expect: True
