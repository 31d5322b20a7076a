def fetch():
    try:
        return lenn([1, 2])
    except Exception as error:
        return str(error)


fetch()
# expect: "name 'lenn' is not defined"
