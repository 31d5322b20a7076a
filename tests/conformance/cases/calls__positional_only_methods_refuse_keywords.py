# Methods and parsers CPython binds by position only refuse keywords with its messages.
import collections
import datetime


def outcome(call):
    try:
        return call()
    except TypeError as error:
        return str(error)


[
    outcome(lambda: dict.fromkeys(iterable=[1])),
    outcome(lambda: dict.fromkeys()),
    outcome(lambda: dict.fromkeys([1], 2)),
    outcome(lambda: collections.deque([1, 2]).rotate(n=1)),
    outcome(lambda: "{a}".format_map(mapping={"a": 1})),
    outcome(lambda: datetime.datetime.strptime(date_string="2020", format="%Y")),
    outcome(lambda: datetime.datetime.strptime("2020")),
    outcome(lambda: datetime.date.fromisoformat(date_string="2020-01-02")),
    outcome(lambda: datetime.date.fromisoformat()),
    outcome(lambda: str(datetime.time.fromisoformat("10:30"))),
]
# expect: ['dict.fromkeys() takes no keyword arguments', 'fromkeys expected at least 1 argument, got 0', {1: 2}, 'deque.rotate() takes no keyword arguments', 'str.format_map() takes no keyword arguments', 'strptime() takes no keyword arguments', 'strptime() takes exactly 2 arguments (1 given)', 'date.fromisoformat() takes no keyword arguments', 'date.fromisoformat() takes exactly one argument (0 given)', '10:30:00']
