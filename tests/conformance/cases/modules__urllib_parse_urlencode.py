from urllib.parse import urlencode
urlencode({'q': 'a b', 'n': [1, 2]}, doseq=True)
# expect: 'q=a+b&n=1&n=2'
# expect: 'q=a+b&n=1&n=2'
