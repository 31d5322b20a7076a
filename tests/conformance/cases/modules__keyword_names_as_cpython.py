# Module functions take their arguments by CPython's parameter names.
import base64
import copy
import dataclasses
import hashlib
import pprint
import textwrap
import typing


@dataclasses.dataclass
class Point:
    x: int = 0


[
    copy.copy(x=[1]),
    copy.deepcopy(x={"a": [1]}),
    pprint.pformat(object={"k": 1}),
    pprint.saferepr(object=[1]),
    textwrap.dedent(text="  a\n  b"),
    textwrap.indent(text="a\nb", prefix="> "),
    typing.cast(int, val=3),
    dataclasses.is_dataclass(obj=Point()),
    dataclasses.asdict(obj=Point(2)),
    dataclasses.astuple(obj=Point(3)),
    base64.b64encode(s=b"hi"),
    base64.b85encode(b=b"hi"),
    base64.b64decode(s="aGk="),
    hashlib.md5(string=b"a").hexdigest(),
    hashlib.sha256(string=b"a").hexdigest()[:8],
]
# expect: [[1], {'a': [1]}, "{'k': 1}", '[1]', 'a\\nb', '> a\\n> b', 3, True, {'x': 2}, (3,), b'aGk=', b'XlV', b'hi', '0cc175b9c0f1b6a831c399e269772661', 'ca978112']
