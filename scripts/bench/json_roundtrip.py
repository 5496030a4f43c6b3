import json
for _ in range(20):
    data = [{"id": i, "name": "item%d" % i, "tags": ["a", "b", "c"], "score": i * 0.5} for i in range(2000)]
    text = json.dumps(data)
    assert json.loads(text) == data
