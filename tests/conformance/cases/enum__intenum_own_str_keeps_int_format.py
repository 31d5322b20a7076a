from enum import IntEnum
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    @property
    def is_error(self):
        return self >= 400
    def __str__(self):
        return f"{self.value} {self.name}"
(Http(404).is_error, str(Http.OK), f"{Http.OK}", "%d" % Http.OK, format(Http.NOT_FOUND, "d"))
# expect: (True, '200 OK', '200 OK', '200', '404')
