import pprint
(pprint.pformat(((1,),)), pprint.pformat((("a" * 50,),) * 2), pprint.pformat([()], width=1))
# expect: ('((1,),)', "(('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',),\\n ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',))", '[()]')
