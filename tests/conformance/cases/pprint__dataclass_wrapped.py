import pprint
from dataclasses import dataclass, field
@dataclass
class Order:
    order_id: str
    items: list = field(default_factory=list)
    note: str = field(default="", repr=False)
print(pprint.pformat(Order("A-" * 20, [{"sku": f"S{i}", "qty": i} for i in range(4)])))
# expect: None
