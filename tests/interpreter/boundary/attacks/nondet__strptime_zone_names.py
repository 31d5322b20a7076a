# Attacks: strptime %Z with zone names the host TZ knows (UTC/GMT/PST/JST).
# Held: identical under every host TZ.
import datetime, time
out = []
for z in ["UTC", "GMT", "PST", "PDT", "JST", "EST"]:
    try:
        out.append(str(datetime.datetime.strptime("2020-01-01 " + z, "%Y-%m-%d %Z")))
    except ValueError as e:
        out.append("ValueError")
    try:
        out.append(str(datetime.datetime.strptime("2020 " + z + " 12", "%Y %Z %H").astimezone()))
    except ValueError as e:
        out.append("ValueError")
out
