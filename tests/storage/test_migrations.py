"""Migrations: files written by wargame 0.1 (scenario and save schema 1) still open, and the
upgrade hook refuses what it cannot upgrade."""

import json
from pathlib import Path

import pytest

from tests.test_cli import wargame
from wargame.core.enums import NuclearStatus
from wargame.session.persist import from_save
from wargame.storage.files import load_save, load_scenario, save_from_doc, scenario_from_doc
from wargame.storage.migrations import upgrade
from wargame.storage.problems import InvalidFileError

DATA = Path(__file__).parent / "data"
OLD_SCENARIO = DATA / "scenario-v1.json"
"""The default scenario as release 0.1 shipped it (schema 1)."""
OLD_SAVE = DATA / "save-v1.json"
"""Its historical track played and saved by release 0.1 (schema 1, digests of the old rules)."""
SAVE_V2 = DATA / "save-v2.json"
"""Five turns with a branch, a bookmark and a note, saved under schema 2 (digests and rulings,
no tamper evidence)."""


def test_a_schema_1_scenario_opens_with_nuclear_status_and_rates_in_days():
    assert json.loads(OLD_SCENARIO.read_text())["schema_version"] == 1
    scenario = load_scenario(OLD_SCENARIO)
    status = {a.id: a.nuclear_status for a in scenario.actors}
    assert status["PAK"] is NuclearStatus.DECLARED and status["IRN"] is NuclearStatus.NONE
    assert len(scenario.actions) == 31  # its own catalogue, as written


def test_turn_based_rates_become_days():
    doc = json.loads(OLD_SCENARIO.read_text())
    doc["turn_days"] = 2
    doc["params"] = {"half_life": 4, "window": 2, "beta": 0.4}
    params = scenario_from_doc(doc).params
    assert params.half_life_days == 8 and params.window_days == 4


def test_a_schema_1_save_opens_replays_and_keeps_every_roll():
    save = load_save(OLD_SAVE)
    assert save.schema_version == 3 and save.digests == []  # old rules' digests are dropped
    assert save.legacy_schema == 1 and save.evidence is None  # and it has no tamper evidence
    session = from_save(save, verify=True)  # rulings and rolls are still checked
    assert session.state.turn == 16
    assert {r.turn for r in session.resolved()} == set(range(17))


def test_the_command_line_opens_old_files(tmp_path):
    assert wargame("validate", str(OLD_SCENARIO)).returncode == 0
    assert wargame("replay", str(OLD_SAVE)).returncode == 0
    assert wargame("report", str(OLD_SAVE), "-o", str(tmp_path / "r.html")).returncode == 0


def test_a_newer_schema_is_refused_by_name():
    doc = json.loads(OLD_SCENARIO.read_text())
    doc["schema_version"] = 3
    with pytest.raises(InvalidFileError, match="newer wargame"):
        scenario_from_doc(doc)


def test_migration_hook_upgrades_old_documents():
    def v1_to_v2(doc):
        doc["events"] = doc.pop("log")
        return doc

    old = {"schema_version": 1, "log": [1, 2]}
    assert upgrade(old, 2, {1: v1_to_v2}, "save") == {"schema_version": 2, "events": [1, 2]}
    with pytest.raises(InvalidFileError, match="no migration"):
        upgrade({"schema_version": 1, "log": []}, 3, {1: v1_to_v2}, "save")


def test_a_schema_2_save_opens_with_its_digests_and_no_tamper_evidence():
    assert json.loads(SAVE_V2.read_text())["schema_version"] == 2
    save = load_save(SAVE_V2)
    assert save.schema_version == 3 and save.legacy_schema == 2 and save.migrated_from is None
    assert save.evidence is None and save.counts is None and save.chain == []
    assert save.digests and save.rulings  # still proved by the replay
    session = from_save(save, verify=True)
    assert session.branch == "what if" and len(session.annotations) == 2


def test_a_schema_2_save_still_has_its_rolls_and_digests_checked(tmp_path):
    from wargame.core.errors import EvidenceError, ReplayMismatchError
    from wargame.session.persist import verify_save

    doc = json.loads(SAVE_V2.read_text())
    doc["digests"][1]["digest"] = "0" * 64
    with pytest.raises(ReplayMismatchError, match="turn 1"):
        verify_save(save_from_doc(doc))
    doc = json.loads(SAVE_V2.read_text())
    doc["rulings"] = []
    with pytest.raises(EvidenceError, match="missing from the record"):
        verify_save(save_from_doc(doc))


def test_saving_a_schema_2_save_again_adds_the_evidence(tmp_path):
    from wargame.session.persist import to_save, verify_save
    from wargame.storage.files import write_save

    path = tmp_path / "again.json"
    write_save(path, to_save(from_save(load_save(SAVE_V2))))
    save = load_save(path)
    assert save.legacy_schema is None and save.evidence is not None
    assert verify_save(save) == 4 and save.counts is not None


def test_the_command_line_says_a_schema_2_save_has_no_tamper_evidence(tmp_path):
    proc = wargame("replay", str(SAVE_V2))
    assert proc.returncode == 0, proc.stderr
    assert "every digest matches" in proc.stdout
    assert "before saves carried tamper evidence" in proc.stdout
    proc = wargame("validate", str(SAVE_V2))
    assert proc.returncode == 0 and "no tamper evidence" in proc.stdout
    doc = json.loads(SAVE_V2.read_text())
    doc["rulings"] = []
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    proc = wargame("replay", str(bad))
    assert proc.returncode == 3 and "turn 1: the ruling of event" in proc.stderr
