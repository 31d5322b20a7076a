# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class Employee:
    raise_pct = 3

    def __init__(self, name, team, salary):
        self.name = name
        self.team = team
        self.salary = salary

    def give_raise(self, extra=0):
        self.salary = round(self.salary * (1 + (self.raise_pct + extra) / 100), 2)
        return self.salary

    def __repr__(self):
        return f"Employee({self.name!r}, {self.team!r}, {self.salary})"

users = await list_users(limit=8)
staff = [Employee(u["name"], u["team"], 1000 + u["score"] * 10) for u in users]
for e in staff:
    if e.team == "search":
        e.give_raise(extra=2)
    else:
        e.give_raise()
staff.sort(key=lambda e: (e.team, -e.salary))
print(staff[:3])
[(e.name, e.salary) for e in staff]
