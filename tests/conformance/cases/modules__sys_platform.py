import sys

sys.platform
# expect: 'linux'
