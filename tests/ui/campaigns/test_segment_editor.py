"""The segment editor: everything chosen by name, the audience counted again (off the GUI
thread) as the officer edits, plain words for what is not in a list."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from diaspora_desk.domain.campaigns import CampaignChannel, Segment
from diaspora_desk.services.composition import Services
from diaspora_desk.ui.campaigns.campaign_dialog import CampaignDialog
from diaspora_desk.ui.campaigns.segment_editor import SegmentEditor
from tests.services.campaigns.cast import build_cast


def test_segment_editor_counts_as_the_officer_chooses_by_name(qtbot: QtBot, services: Services) -> None:
    cast = build_cast(services)
    dialog = CampaignDialog(
        services.campaigns, services.practices.tree(), services.campaigns.registry.get(cast.campaign)
    )
    qtbot.addWidget(dialog)
    editor = dialog.segment_editor
    assert "5 people in the segment; 3 consent" in editor.count_label.text()
    editor.countries_list.values = []
    with qtbot.waitSignal(editor.counted, timeout=5000) as blocker:
        editor.countries_list.picker.setText("Mexico")
        assert editor.countries_list.add_typed()
    assert blocker.args is not None
    assert blocker.args[0].matching == 1
    assert editor.segment.countries == ("MX",)
    assert "1 people in the segment" in editor.count_label.text()


def test_languages_occupations_and_towns_by_name(qtbot: QtBot, services: Services) -> None:
    build_cast(services)
    editor = SegmentEditor(services.campaigns.audience)
    qtbot.addWidget(editor)
    editor.set_channels((CampaignChannel.SMS,))
    editor.countries_list.picker.setText("United States")
    assert editor.countries_list.add_typed()
    editor.towns_list.picker.setText("fresno")  # offered from the gazetteer of the chosen country
    assert editor.towns_list.add_typed()
    editor.languages_list.picker.setText("Spanish")
    assert editor.languages_list.add_typed()
    editor.occupations_list.picker.setText("Health professionals")
    assert editor.occupations_list.add_typed()
    segment = editor.segment
    assert (segment.countries, segment.cities, segment.languages) == (("US",), ("Fresno",), ("es",))
    assert segment.isco_codes == ("22",)
    editor.occupations_list.values = []
    with qtbot.waitSignal(editor.counted, timeout=5000) as blocker:
        editor.count_in_background()
    assert blocker.args is not None
    assert blocker.args[0].matching == 3  # Ana, Rosa, Omar: Spanish speakers in Fresno
    assert "(SMS): 1 reachable" in editor.count_label.text()


def test_an_unknown_name_says_so_and_changes_nothing(qtbot: QtBot, services: Services) -> None:
    editor = SegmentEditor(services.campaigns.audience)
    qtbot.addWidget(editor)
    editor.countries_list.picker.setText("Atlantis")
    assert not editor.countries_list.add_typed()
    assert "is not in the list" in editor.countries_list.note.text()
    assert editor.segment.countries == ()


def test_associations_are_picked_by_name_and_shown_by_name(qtbot: QtBot, services: Services) -> None:
    from diaspora_desk.domain.association import AssociationDraft

    created = services.associations.registry.create(
        AssociationDraft(name="Club Maya de Fresno", country="US", city="Fresno")
    )
    editor = SegmentEditor(services.campaigns.audience)
    qtbot.addWidget(editor)
    offered = editor.associations.picker.offer("maya")
    assert offered == ["Club Maya de Fresno — Fresno"]
    editor.associations.picker.choose(offered[0])
    editor.associations.add_chosen()
    assert editor.segment.association_ids == (created.id,)
    editor.segment = Segment(association_ids=(created.id,))
    assert editor.associations.list.item(0).text() == "Club Maya de Fresno — Fresno"


def test_associations_as_recipients_are_counted_beside_people(qtbot: QtBot, services: Services) -> None:
    from diaspora_desk.domain.association import AssociationDraft

    build_cast(services)
    registry = services.associations.registry
    registry.create(
        AssociationDraft(name="Club Uno", type="hometown", country="US", phones=("+1 559 555 0190",))
    )
    registry.create(AssociationDraft(name="Obreros", type="workers", country="US", emails=("o@example.org",)))
    editor = SegmentEditor(services.campaigns.audience)
    qtbot.addWidget(editor)
    editor.set_channels((CampaignChannel.SMS, CampaignChannel.EMAIL))
    editor.segment = Segment(countries=("US",))
    assert "associations" not in editor.count_label.text()
    assert not editor.association_types_list.isEnabled()
    with qtbot.waitSignal(editor.counted, timeout=5000) as blocker:
        editor.include_associations_check.setChecked(True)
    assert blocker.args is not None
    assert blocker.args[0].associations == 2
    text = editor.count_label.text()
    assert "Associations in the segment: 2" in text
    assert "Text message (SMS) — associations reachable: 1 (1 without the contact detail)" in text
    assert "5 people in the segment" in text  # people are counted as before
    editor.association_types_list.values = ["workers"]
    assert editor.segment.association_types == ("workers",)
    editor.recount()
    assert "Associations in the segment: 1" in editor.count_label.text()
