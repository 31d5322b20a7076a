# Attacks: writing or deleting a declared attribute now builds CPython's message from the kind of
# descriptor the host class has under that name (`_read_only`: getset "is not writable", member
# "readonly attribute", property "has no setter"), naming the host class by `_c_type_name`. Write
# and delete every declared attribute reachable on module values (deque.maxlen, Pattern.pattern,
# Match.pos, date.year, timedelta.days, Fraction.numerator, Decimal, UUID.hex, StringIO.closed,
# hashlib's name, csv reader's line_num and dialect fields, Template.template, SequenceMatcher,
# partial.func, Random, count, range/slice/complex/int fields) and collect the messages.
# Held: no host class/module name, address or path in any message; no internal error.
import collections, re, datetime, fractions, decimal, uuid, io, hashlib, csv, string, difflib
import functools, random, itertools, json
values = [collections.deque(maxlen=3), re.compile("a"), re.compile("a").match("a"), datetime.date(2020, 1, 2),
          datetime.timedelta(1), datetime.datetime(2020, 1, 1), datetime.timezone.utc, fractions.Fraction(1, 2),
          decimal.Decimal(1), uuid.UUID(int=1), io.StringIO(), hashlib.sha256(), csv.reader([]),
          string.Template("x"), difflib.SequenceMatcher(), functools.partial(print),
          random.Random(1), itertools.count(), range(3), slice(1), 1j, 5, 2.5, "s", b"b", [], {},
          json.JSONDecodeError("m", "d", 0), ValueError("v"), OSError(2, "x"), StopIteration(1)]
names = ["maxlen", "pattern", "flags", "groups", "pos", "endpos", "string", "re", "lastindex", "year", "month",
         "days", "seconds", "tzinfo", "numerator", "denominator", "real", "imag", "hex", "int", "version",
         "closed", "name", "digest_size", "block_size", "line_num", "dialect", "delimiter", "quotechar",
         "template", "a", "b", "func", "args", "keywords", "start", "stop", "step", "msg", "doc", "lineno",
         "errno", "strerror", "filename", "value", "__name__", "__doc__", "__class__"]
messages = []
for v in values:
    for n in names:
        for action in ("set", "del"):
            try:
                if action == "set":
                    setattr(v, n, 1)
                else:
                    delattr(v, n)
            except (AttributeError, TypeError) as e:
                messages.append(type(e).__name__ + ": " + str(e))
sorted(set(messages))
