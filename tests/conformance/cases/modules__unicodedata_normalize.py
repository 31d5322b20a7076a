import unicodedata
(unicodedata.normalize('NFKC', 'ﬁ'), unicodedata.name('€'), unicodedata.category('1'))
# expect: ('fi', 'EURO SIGN', 'Nd')
# expect: ('fi', 'EURO SIGN', 'Nd')
