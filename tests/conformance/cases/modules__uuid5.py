import uuid
str(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
# expect: '886313e1-3b8a-5372-9b90-0c9aee199e5d'
# expect: '886313e1-3b8a-5372-9b90-0c9aee199e5d'
