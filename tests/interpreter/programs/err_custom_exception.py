# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class BudgetExceeded(Exception):
    def __init__(self, spent, budget):
        super().__init__(f"spent {spent:.2f} of {budget:.2f}")
        self.spent = spent

budget = 500.0
spent = 0.0
for oid in range(50, 60):
    order = await get_order(oid)
    spent += order["unit_price"] * order["quantity"]
    print(f"order {oid}: running total {spent:.2f}")
    if spent > budget:
        raise BudgetExceeded(spent, budget)
spent
