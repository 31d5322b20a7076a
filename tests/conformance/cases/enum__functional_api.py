from enum import Enum
Animal = Enum("Animal", "ANT BEE CAT")
Pairs = Enum("Pairs", [("a", 5), ("b", "x")])
Mapped = Enum("Mapped", {"X": 10})
(Animal, list(Animal), list(Pairs), Mapped.X, Animal(2))
# expect: (<enum 'Animal'>, [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>], [<Pairs.a: 5>, <Pairs.b: 'x'>], <Mapped.X: 10>, <Animal.BEE: 2>)
