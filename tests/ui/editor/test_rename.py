"""Renaming an actor carries through every place the scenario names it; removing one
takes out what would break without it."""

from tests.conftest import DEFAULT_SCENARIO
from wargame.analysis.checkpoints import check_history
from wargame.ui.editor.document import read_doc
from wargame.ui.editor.rename import can_rename, remove_actor, rename_actor, rename_flag, uses
from wargame.ui.editor.validation import check


def test_flags_carry_the_new_id_and_pair_keys_stay_sorted():
    assert rename_flag("mediation:CHN", "CHN", "BEI") == "mediation:BEI"
    assert rename_flag("talks:IRN-PAK", "IRN", "ZIR") == "talks:PAK-ZIR"
    assert rename_flag("redline:IRN>PAK", "IRN", "ZIR") == "redline:ZIR>PAK"
    assert rename_flag("ledger:IRN<PAK", "PAK", "AAA") == "ledger:IRN<AAA"
    assert rename_flag("talks:IRN-*", "IRN", "ZIR") == "talks:ZIR-*"
    assert rename_flag("talks:{dyad}", "IRN", "ZIR") == "talks:{dyad}"
    assert rename_flag("IRN", "IRN", "ZIR") == "IRN"  # no colon: a name, not an id


def test_every_actor_of_a_bundled_scenario_renamed_keeps_it_valid_and_its_verdicts():
    doc = read_doc(DEFAULT_SCENARIO)
    before = check(doc)
    assert before.problems == [] and before.scenario is not None
    ids = [a["id"] for a in doc["actors"]]
    for ident in ids:
        new = ident[::-1] + "X"  # reversed: pair keys sort the other way round
        assert can_rename(doc, ident, new)
        doc = rename_actor(doc, ident, new)
    text = str(doc)
    for ident in ids:
        assert f"'{ident}'" not in text and f":{ident}" not in text, ident
    after = check(doc)
    assert [p.line() for p in after.problems] == []
    assert after.scenario is not None
    old = [(v.passed, v.measured) for v in check_history(before.scenario)]
    new_verdicts = [(v.passed, v.measured) for v in check_history(after.scenario)]
    assert new_verdicts == old


def test_a_rename_onto_a_taken_id_does_not_carry():
    doc = read_doc(DEFAULT_SCENARIO)
    assert not can_rename(doc, "IRN", "PAK")
    assert not can_rename(doc, "IRN", "")
    assert not can_rename(doc, "NOPE", "NEW")


def test_removing_an_actor_takes_out_what_names_it_and_leaves_a_valid_scenario():
    doc = read_doc(DEFAULT_SCENARIO)
    used = uses(doc, "CHN")
    assert used and set(used) <= {"relations", "injects", "history", "expectations"}
    out, gone = remove_actor(doc, "CHN")
    assert gone == used
    assert "CHN" not in [a["id"] for a in out["actors"]]
    assert "'CHN'" not in str(out) and ":CHN" not in str(out)
    assert [p.line() for p in check(out).problems] == []
    assert doc == read_doc(DEFAULT_SCENARIO)  # the original is untouched


def test_own_actions_inject_flags_and_compared_metrics_follow_a_rename():
    doc = read_doc(DEFAULT_SCENARIO)
    doc["actions"] = [
        {
            "id": "border_talks",
            "label": "Border talks",
            "category": "de_escalation",
            "cameo": "036",
            "goldstein": 4.0,
            "rung": 0,
            "actor_kinds": ["state"],
            "target": "actor",
            "preconditions": [{"kind": "escalation", "dyad": ["IRN", "PAK"], "max": 60}],
            "effects": [{"scope": "actor", "actor": "CHN", "var": "standing", "value": 1}],
            "flags_set": ["talks:IRN-PAK", "talks:{dyad}"],
        }
    ]
    doc["injects"][0]["flags_set"] = ["mediation:CHN", "redline:IRN>PAK"]
    doc["injects"][0]["trigger"] = [{"kind": "grievance", "victim": "IRN", "offender": "JAA"}]
    doc["expectations"][0]["other"] = {"metric": "deterrence", "actor": "IRN"}
    out = rename_actor(rename_actor(doc, "IRN", "ZIR"), "CHN", "PRC")
    action = out["actions"][0]
    assert action["preconditions"][0]["dyad"] == ["ZIR", "PAK"]
    assert action["effects"][0]["actor"] == "PRC"
    assert action["flags_set"] == ["talks:PAK-ZIR", "talks:{dyad}"]
    assert action["target"] == "actor"  # a target rule, not an actor
    inject = out["injects"][0]
    assert inject["flags_set"] == ["mediation:PRC", "redline:ZIR>PAK"]
    assert inject["trigger"][0]["victim"] == "ZIR"
    assert out["expectations"][0]["other"]["actor"] == "ZIR"
    assert {"victim": "ZIR", "offender": "JAA"}.items() <= out["grievances"][0].items()
