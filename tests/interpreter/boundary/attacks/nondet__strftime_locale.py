# Attacks: strftime directives that depend on the C locale (%c %x %X %p %a %b).
# Held: identical under every LC_ALL.
import datetime
d = datetime.datetime(2021, 3, 4, 15, 6, 7)
[d.strftime("%c|%x|%X|%p|%a|%A|%b|%B"), format(1234567.5, "n"), "{:n}".format(10**7), str.upper("straße")]
