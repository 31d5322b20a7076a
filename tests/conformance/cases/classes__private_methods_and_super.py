class Base:
    def _hook(self):
        return "base"
    def run(self):
        return self._hook()
class Child(Base):
    def _hook(self):
        return "child+" + super()._hook()
(Base().run(), Child().run(), Child._hook(Child()))
# expect: ('base', 'child+base', 'child+base')
