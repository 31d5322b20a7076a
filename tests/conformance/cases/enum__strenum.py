from enum import StrEnum, auto
class Mode(StrEnum):
    READ = auto()
    WRITE_ALL = auto()
    CUSTOM = "cu"
repr((list(Mode), str(Mode.READ), f"{Mode.CUSTOM}", Mode.READ == "read", Mode.WRITE_ALL.upper(), Mode("cu"), "-".join(Mode), Mode.READ + "!"))
# expect: "([<Mode.READ: 'read'>, <Mode.WRITE_ALL: 'write_all'>, <Mode.CUSTOM: 'cu'>], 'read', 'cu', True, 'WRITE_ALL', <Mode.CUSTOM: 'cu'>, 'read-write_all-cu', 'read!')"
