# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
from dataclasses import dataclass, field, asdict


@dataclass
class Member:
    uid: int
    name: str
    team: str
    active: bool = True


@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)

    @property
    def size(self):
        return len(self.members)

    def add(self, member):
        self.members.append(member)


users = await asyncio.gather(*[get_user(i) for i in range(1, 9)])
teams = {}
for u in users:
    member = Member(u["id"], u["name"], u["team"], u["active"])
    if member.active:
        teams.setdefault(member.team, Team(member.team)).add(member)
for team in sorted(teams.values(), key=lambda t: (-t.size, t.name)):
    print(f"{team.name}: {team.size} -> {', '.join(m.name for m in team.members)}")
{name: asdict(team) for name, team in sorted(teams.items())}
