try:
    pass
except:
    pass
except ValueError:
    pass
# expect: refused at compile time: SyntaxError: default 'except:' must be last
