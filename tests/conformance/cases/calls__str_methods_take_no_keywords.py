# str/bytes/list methods whose CPython parameters are positional-only refuse keywords;
# bytes.translate takes delete= by name.
def outcome(call):
    try:
        return call()
    except TypeError as error:
        return str(error)

[
    outcome(lambda: "aaa".replace("a", "b", count=1)),
    outcome(lambda: b"aaa".replace(old=b"a", new=b"b")),
    outcome(lambda: "ab".center(width=6)),
    outcome(lambda: b"ab".ljust(width=4)),
    outcome(lambda: "ab".zfill(width=4)),
    outcome(lambda: "-".join(iterable=["a", "b"])),
    outcome(lambda: "ab".translate(table={})),
    outcome(lambda: [].extend(iterable=[1])),
    outcome(lambda: b"abc".translate(None, delete=b"b")),
]
# expect: ['str.replace() takes no keyword arguments', 'bytes.replace() takes no keyword arguments', 'str.center() takes no keyword arguments', 'bytes.ljust() takes no keyword arguments', 'str.zfill() takes no keyword arguments', 'str.join() takes no keyword arguments', 'str.translate() takes no keyword arguments', 'list.extend() takes no keyword arguments', b'ac']
