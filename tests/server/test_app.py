"""The session server's API on a real loopback socket: what each link may see and do.

Every refused request is checked to leave the session's log as it was.
"""

import http.client
import json

import pytest

from tests.conftest import DEFAULT_SCENARIO
from tests.server.conftest import Client, Served, serve_session, three_teams, to_orders
from wargame.core.enums import Phase
from wargame.session.session import Session
from wargame.storage.files import load_scenario

SECRET = "Iran's secret rationale 7f3a"


def _submit_iran(served: Served) -> Client:
    iran = served.client("Team Iran")
    reply = iran.post(
        "/api/submit",
        {"actor": "IRN", "action": "strike_militant_camps", "target": "JAA", "note": SECRET},
    )
    assert reply.status == 200, reply.data
    return iran


def test_links_name_every_team_and_the_white_cell(served: Served) -> None:
    links = served.call(served.server.links)
    assert [(link.role, link.team) for link in links] == [
        ("white", None),
        ("team", "Team India"),
        ("team", "Team Iran"),
        ("team", "Team Pakistan"),
    ]
    tokens = {link.url.split("#")[1] for link in links}
    assert len(tokens) == 4  # a token per link
    assert all(len(t) >= 22 for t in tokens)  # 128 bits, URL-safe base64
    assert all(link.url.startswith(f"http://127.0.0.1:{served.server.port}/") for link in links)


def test_a_team_sees_only_its_own_actors_and_moves(served: Served) -> None:
    to_orders(served)
    _submit_iran(served)
    iran = served.client("Team Iran").view()
    pakistan_reply = served.client("Team Pakistan").get("/api/view")
    pakistan = pakistan_reply.data
    assert [a["name"] for a in iran["actors"]] == ["Iran"]
    assert [a["name"] for a in pakistan["actors"]] == ["Pakistan"]
    assert [m["note"] for m in iran["own_moves"]] == [SECRET]
    assert pakistan["own_moves"] == []
    # nothing of Iran's sealed move, nor of Iran's private picture, anywhere in the JSON
    raw = json.dumps(pakistan)
    assert SECRET not in raw
    iran_profile = iran["actors"][0]["profile"]
    assert iran_profile and iran_profile not in raw
    # the room knows that Iran has submitted, not what
    teams = {t["name"]: t["submitted"] for t in pakistan["public"]["teams"]}
    assert teams == {"Team India": False, "Team Iran": True, "Team Pakistan": False}
    # the White cell does not see the move before the reveal either
    white = served.client(None).view()
    assert white["moves"] == [] and SECRET not in json.dumps(white)


def test_the_reveal_shows_the_moves_to_the_white_cell(served: Served) -> None:
    to_orders(served)
    _submit_iran(served)
    white = served.client(None)
    assert white.post("/api/white/advance").status == 200
    view = white.view()
    assert view["public"]["phase"] == "adjudication"
    assert [(m["actor"], m["note"]) for m in view["moves"]] == [("Iran", SECRET)]
    assert view["moves"][0]["target"] == "Jaish al-Adl"  # names, not ids


@pytest.mark.parametrize(
    ("token", "status"),
    [(None, 401), ("not-a-token", 401), ("A" * 22, 401)],
)
def test_a_wrong_token_changes_nothing(served: Served, token: str | None, status: int) -> None:
    to_orders(served)
    before = served.log_length()
    stranger = Client(served.server.port, token)
    body = {"actor": "IRN", "action": "strike_militant_camps", "target": "JAA"}
    reply = stranger.post("/api/submit", body)
    assert reply.status == status
    assert "link" in reply.data["error"]
    assert stranger.get("/api/view").status == status
    assert served.log_length() == before


def test_a_revoked_link_is_refused_and_its_new_one_works(served: Served) -> None:
    to_orders(served)
    old = served.client("Team Iran")
    served.call(lambda: served.server.reissue("Team Iran"))
    before = served.log_length()
    body = {"actor": "IRN", "action": "strike_militant_camps", "target": "JAA"}
    reply = old.post("/api/submit", body)
    assert reply.status == 403 and "revoked" in reply.data["error"]
    assert served.log_length() == before
    new = served.client("Team Iran")
    assert new.token != old.token
    assert new.post("/api/submit", body).status == 200
    assert served.log_length() == before + 1


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 400, "not valid JSON"),
        (b'{"request_id": "abcdefgh1", "actor": "IRN"}', 400, "action"),
        (b'{"request_id": "abcdefgh2", "actor": "IRN", "action": "x", "extra": 1}', 400, "extra"),
        (b'{"request_id": "abcdefgh3", "actor": "I RN", "action": "x"}', 400, "actor"),
        (b"[" + b"1," * 20_000 + b"1]", 413, "larger than"),
    ],
)
def test_a_bad_body_gets_a_clear_error(
    served: Served, body: bytes, status: int, words: str
) -> None:
    to_orders(served)
    before = served.log_length()
    reply = served.client("Team Iran").request("POST", "/api/submit", body)
    assert reply.status == status
    assert words in reply.data["error"]
    assert served.log_length() == before


def test_a_team_cannot_move_another_teams_actor(served: Served) -> None:
    to_orders(served)
    before = served.log_length()
    reply = served.client("Team Pakistan").post(
        "/api/submit", {"actor": "IRN", "action": "strike_militant_camps", "target": "JAA"}
    )
    assert reply.status == 403
    assert reply.data["error"] == "Iran is not one of Team Pakistan's actors"  # names, not ids
    preview = served.client("Team Pakistan").post(
        "/api/preview", {"actor": "IRN", "action": "strike_militant_camps", "target": "JAA"}
    )
    assert preview.status == 403
    assert served.log_length() == before


def test_a_replayed_submission_is_refused(served: Served) -> None:
    to_orders(served)
    iran = served.client("Team Iran")
    body = json.dumps(
        {"request_id": "same-id-123", "actor": "IRN", "action": "condemn", "target": "PAK"}
    ).encode()
    first = iran.request("POST", "/api/submit", body)
    assert first.status == 200, first.data
    before = served.log_length()
    again = iran.request("POST", "/api/submit", body)
    assert again.status == 409 and "received already" in again.data["error"]
    assert served.log_length() == before
    assert len(iran.view()["own_moves"]) == 1


def test_withdraw_takes_back_only_the_move_the_page_saw(served: Served) -> None:
    to_orders(served)
    iran = _submit_iran(served)
    move = iran.view()["own_moves"][0]
    wrong = {"index": move["index"], **move["ids"], "action": "condemn"}
    assert iran.post("/api/withdraw", wrong).status == 409
    pakistan = served.client("Team Pakistan")
    assert pakistan.post("/api/withdraw", {"index": move["index"], **move["ids"]}).status == 403
    reply = iran.post("/api/withdraw", {"index": move["index"], **move["ids"]})
    assert reply.status == 200, reply.data
    assert iran.view()["own_moves"] == []
    assert served.call(lambda: served.session.state.pending) == []


def test_withdraw_finds_a_move_that_another_withdrawal_moved_up(served: Served) -> None:
    to_orders(served)
    pakistan = served.client("Team Pakistan")
    first = {"actor": "PAK", "action": "condemn", "target": "IRN"}
    assert pakistan.post("/api/submit", first).status == 200
    iran = _submit_iran(served)
    seen = iran.view()["own_moves"][0]  # Iran's page saw its move second
    assert seen["index"] == 1
    gone = pakistan.view()["own_moves"][0]
    assert pakistan.post("/api/withdraw", {"index": gone["index"], **gone["ids"]}).status == 200
    reply = iran.post("/api/withdraw", {"index": seen["index"], **seen["ids"]})  # stale place
    assert reply.status == 200, reply.data
    assert served.call(lambda: served.session.state.pending) == []


def test_an_illegal_move_is_refused_with_the_engines_reason(served: Served) -> None:
    to_orders(served)
    before = served.log_length()
    reply = served.client("Team Iran").post(
        "/api/submit", {"actor": "IRN", "action": "no_such_action", "target": "PAK"}
    )
    assert reply.status == 422 and "no_such_action" in reply.data["error"]
    assert served.log_length() == before


def test_moves_wait_for_the_orders_phase(served: Served) -> None:
    before = served.log_length()
    reply = served.client("Team Iran").post(
        "/api/submit", {"actor": "IRN", "action": "condemn", "target": "PAK"}
    )
    assert reply.status == 422 and "orders phase" in reply.data["error"]
    assert served.client("Team Iran").view()["can_move"] is False
    assert served.log_length() == before


def test_only_the_white_cell_runs_the_turn(served: Served) -> None:
    before = served.log_length()
    for op in ("advance", "injects", "bots", "rule"):
        reply = served.client("Team Iran").post(f"/api/white/{op}")
        assert reply.status == 403, op
    assert served.client(None).post("/api/white/nothing").status == 404
    assert served.log_length() == before


def test_a_roll_needs_a_reason(served: Served) -> None:
    to_orders(served)
    _submit_iran(served)
    white = served.client(None)
    white.post("/api/white/advance")
    reply = white.post("/api/white/rule", {"index": 0, "decision": "roll"})
    assert reply.status == 422 and "reason" in reply.data["error"]
    assert white.view()["moves"][0]["ruling"] is None


def test_the_white_cell_is_refused_while_looking_back(served: Served) -> None:
    to_orders(served)
    served.call(lambda: served.session.seek(1))
    before = served.call(lambda: (served.session.cursor, len(served.session.log)))
    reply = served.client("Team Iran").post(
        "/api/submit", {"actor": "IRN", "action": "condemn", "target": "PAK"}
    )
    assert reply.status == 409 and "earlier moment" in reply.data["error"]
    assert served.call(lambda: (served.session.cursor, len(served.session.log))) == before
    assert served.client("Team Iran").view()["public"]["blocked"]


def test_a_link_that_asks_too_often_is_slowed_down() -> None:
    session = Session(load_scenario(DEFAULT_SCENARIO), seed=7)
    with serve_session(session, read_rate=(1.0, 3.0)) as served:
        iran = served.client("Team Iran")
        statuses = [iran.get("/api/view").status for _ in range(6)]
        assert statuses[:3] == [200, 200, 200]
        assert 429 in statuses[3:]
        assert served.client("Team Pakistan").get("/api/view").status == 200  # per link


def test_only_the_pages_files_are_served(served: Served) -> None:
    anyone = Client(served.server.port, None)
    for path in ("/", "/team", "/white", "/static/team.js", "/static/room.css"):
        reply = anyone.get(path)
        assert reply.status == 200, path
        assert reply.headers["X-Content-Type-Options"] == "nosniff"
        assert "script-src 'self'" in reply.headers["Content-Security-Policy"]
    for path in (
        "/static/",
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/team.html",
        "/wargame",
        "/api/",
    ):
        reply = anyone.get(path)
        assert reply.status == 404, path
        assert reply.data == {"error": "not found"}


def test_the_stream_brings_another_teams_submission(served: Served) -> None:
    to_orders(served)
    pakistan = served.client("Team Pakistan")
    conn = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=5)
    conn.request("GET", "/api/stream", headers={"Authorization": f"Bearer {pakistan.token}"})
    response = conn.getresponse()
    assert response.status == 200
    assert response.getheader("Content-Type") == "text/event-stream"

    def next_view() -> dict:
        line = response.readline()
        while not line.startswith(b"data: "):
            line = response.readline()
        return json.loads(line[6:])

    first = next_view()
    assert not any(t["submitted"] for t in first["public"]["teams"] if t["name"] == "Team Iran")
    _submit_iran(served)
    second = next_view()
    assert second["version"] > first["version"]
    assert {t["name"]: t["submitted"] for t in second["public"]["teams"]}["Team Iran"] is True
    assert SECRET not in json.dumps(second)
    conn.close()


def test_presence_follows_the_pages(served: Served) -> None:
    iran = served.client("Team Iran")
    assert "Team Iran" not in served.call(served.server.hub.present)
    iran.view()
    assert "Team Iran" in served.call(served.server.hub.present)
    assert "Team Pakistan" not in served.call(served.server.hub.present)


def test_a_team_without_actors_is_told_so() -> None:
    from wargame.core.enums import Controller
    from wargame.core.events import ControlAssigned

    session = Session(load_scenario(DEFAULT_SCENARIO), seed=7)
    three_teams(session)
    with serve_session(session) as served:
        india = served.client("Team India")
        assert india.get("/api/view").status == 200
        served.call(lambda: served.session.dispatch(ControlAssigned("IND", Controller.FACILITATOR)))
        reply = india.get("/api/view")
        assert reply.status == 403 and "no actors" in reply.data["error"]


def test_a_turn_played_from_devices_equals_one_on_the_shared_screen(served: Served) -> None:
    """Three teams and the White cell play a whole turn over HTTP; the same moves entered
    straight into a session with the same seed give the same save, time stamps aside."""
    from tests.server.shared_screen import assert_same_save, play_on_shared_screen

    white = served.client(None)
    to_orders(served)
    moves = {
        "Team Iran": ("IRN", "strike_militant_camps", "JAA", "answer Rask"),
        "Team Pakistan": ("PAK", "condemn", "IRN", "protest first"),
        "Team India": ("IND", "pass", None, ""),
    }
    for team, (actor, action, target, note) in moves.items():
        reply = served.client(team).post(
            "/api/submit", {"actor": actor, "action": action, "target": target, "note": note}
        )
        assert reply.status == 200, reply.data
    assert white.post("/api/white/bots").status == 200
    assert white.post("/api/white/advance").status == 200  # the reveal
    for move in white.view()["moves"]:
        reply = white.post(
            "/api/white/rule", {"index": move["index"], "decision": "roll", "reason": "dice"}
        )
        assert reply.status == 200, reply.data
    for _ in range(2):  # resolution, review
        assert white.post("/api/white/advance").status == 200
    assert served.call(lambda: served.session.state.phase) is Phase.REVIEW
    assert white.view()["public"]["narrative"]
    assert_same_save(served.call(lambda: _save(served.session)), play_on_shared_screen(moves))


def _save(session: Session) -> dict:
    from wargame.session.persist import to_save

    return to_save(session).model_dump(mode="json")


def _events(served: Served, token: str | None):
    """The stream's blocks as (event, data) pairs, read one at a time."""
    conn = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=5)
    conn.request("GET", "/api/stream", headers={"Authorization": f"Bearer {token}"})
    response = conn.getresponse()
    assert response.status == 200

    def blocks():
        event, data = "message", ""
        while True:
            line = response.readline()
            if not line:
                return
            line = line.decode().rstrip("\n")
            if not line:
                yield event, data
                event, data = "message", ""
            elif line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                data = line[6:]

    return conn, blocks()


def test_the_stream_ends_when_the_link_is_revoked_or_the_team_gone(served: Served) -> None:
    from wargame.core.enums import Controller
    from wargame.core.events import ControlAssigned

    conn, blocks = _events(served, served.token("Team Iran"))
    assert next(blocks)[0] == "message"
    served.call(lambda: served.server.reissue("Team Iran"))
    assert next(blocks)[0] == "revoked"
    assert next(blocks, None) is None  # and the server closed it
    conn.close()
    conn, blocks = _events(served, served.token("Team India"))
    assert next(blocks)[0] == "message"
    served.call(lambda: served.session.dispatch(ControlAssigned("IND", Controller.FACILITATOR)))
    assert next(blocks)[0] == "gone"
    conn.close()


def test_a_replacement_goes_in_with_the_old_move_out_or_not_at_all(served: Served) -> None:
    to_orders(served)
    iran = _submit_iran(served)
    old = iran.view()["own_moves"][0]
    ref = {"index": old["index"], **old["ids"]}
    refused = iran.post(
        "/api/submit", {"actor": "IRN", "action": "condemn", "target": "IRN", "replaces": ref}
    )
    assert refused.status == 422
    assert "IRN" not in refused.data["error"] and "Iran" in refused.data["error"]  # in words
    assert [m["note"] for m in iran.view()["own_moves"]] == [SECRET]  # the old move stays
    reply = iran.post(
        "/api/submit",
        {"actor": "IRN", "action": "condemn", "target": "PAK", "note": "new", "replaces": ref},
    )
    assert reply.status == 200 and reply.data["message"].startswith("Replaced")
    pending = served.call(lambda: [(m.action, m.note) for m in served.session.state.pending])
    assert pending == [("condemn", "new")]


def test_a_team_that_has_moved_with_every_actor_cannot_pass(served: Served) -> None:
    to_orders(served)
    iran = _submit_iran(served)
    before = served.log_length()
    reply = iran.post("/api/pass")
    assert reply.status == 409 and "withdraw a move to pass" in reply.data["error"]
    assert served.log_length() == before
    pakistan = served.client("Team Pakistan")
    assert pakistan.post("/api/pass").status == 200
    actions = served.call(lambda: [(m.actor, m.action) for m in served.session.state.pending])
    assert ("PAK", "pass") in actions


def test_the_page_offers_moves_but_not_pass_and_says_how_many(served: Served) -> None:
    to_orders(served)
    view = served.client("Team Iran").view()
    offered = {a["id"] for a in view["actors"][0]["actions"]}
    assert offered and "pass" not in offered  # passing is the page's own button
    assert view["moves_per_actor"] == 4


def test_the_room_hears_the_injects_fired_this_turn(served: Served) -> None:
    due = served.call(
        lambda: [j.title for j in served.session.engine.due_injects(served.session.state)]
    )
    assert due
    iran = served.client("Team Iran")
    assert iran.view()["public"]["news"] == []
    to_orders(served)
    assert [n["title"] for n in iran.view()["public"]["news"]] == due
    assert [n["title"] for n in served.client(None).view()["public"]["news"]] == due


def test_a_body_announced_too_large_is_refused_before_it_is_sent(served: Served) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=5)
    conn.putrequest("POST", "/api/submit")
    conn.putheader("Authorization", f"Bearer {served.token('Team Iran')}")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(99 * 1024 * 1024))
    conn.endheaders()  # and no body at all: the answer must not wait for it
    reply = conn.getresponse()
    assert reply.status == 413
    assert "larger than 16 KB" in json.loads(reply.read())["error"]
    conn.close()


def test_the_browsers_icon_request_is_answered_quietly(served: Served) -> None:
    reply = Client(served.server.port, None).get("/favicon.ico")
    assert reply.status == 204
