class Base:
    pass
class Child(Base):
    def kind(self):
        return super().__class__.__name__
Child().kind()
# expect: 'super'
