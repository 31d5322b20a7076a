# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(user):
    if "@" not in user["email"]:
        raise ValidationError("email", "missing @")
    if user["score"] > 90:
        raise ValidationError("score", f"too high ({user['score']})")
    return True

checked = []
for uid in range(1, 30):
    user = await get_user(uid)
    checked.append(validate(user))
print(len(checked))
