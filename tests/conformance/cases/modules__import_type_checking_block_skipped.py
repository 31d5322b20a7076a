from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from numpy import ndarray
'ran'
# expect: 'ran'
# expect: 'ran'
