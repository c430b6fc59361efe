from tests.server.conftest import World, make_report


def test_health(world: World) -> None:
    assert world.client.get("/v1/health").json() == {"status": "ok", "protocol_versions": [1]}


def test_batch(world: World) -> None:
    r = make_report()
    reply = world.client.post("/v1/reports/batch", json={"reports": [r]}, headers=world.a.headers)
    assert reply.status_code == 200, reply.text
    print(reply.json())
