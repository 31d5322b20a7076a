# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from string import Template
import functools
users = await list_users(team="billing", limit=5)
body = Template("Hello $first,\nyour score is ${score} ($$$bonus bonus).\n-- $team team")
subject = Template("[$team] weekly update for $first")
def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result
    return wrapper
@timed
def render(user):
    fields = {"first": user["name"].split()[0], "score": user["score"], "team": user["team"].title()}
    return subject.substitute(fields), body.safe_substitute(fields)
sent = []
for u in users:
    subj, text = render(u)
    receipt = await send_email(to=u["email"], subject=subj, body=text)
    sent.append(receipt["id"])
print(render.__name__, body.get_identifiers(), body.is_valid(), Template("$ x").is_valid())
print(render(users[0])[1])
try:
    subject.substitute(first="x")
except KeyError as e:
    print("missing field:", e)
sent
