# field(metadata=...) is refused with what to write instead.
from dataclasses import dataclass, field


@dataclass
class Row:
    name: str = field(default="", metadata={"column": "NAME"})


Row().name
# expect: ''
