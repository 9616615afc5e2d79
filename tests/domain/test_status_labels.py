"""Every state a record goes through has a label; stored codes never reach paper or screen."""

from __future__ import annotations

from diaspora_desk.domain.campaigns import CampaignStatus
from diaspora_desk.domain.enums import AuditAction, ConsentPurpose
from diaspora_desk.domain.matching import NeedMode, PlacementStatus
from diaspora_desk.domain.people import Channel, Sex
from diaspora_desk.domain.status_labels import (
    APPOINTMENT_STATUS_LABELS,
    AUDIT_ACTION_LABELS,
    CAMPAIGN_STATUS_LABELS,
    CHANNEL_LABELS,
    CONSENT_PURPOSE_LABELS,
    NEED_MODE_LABELS,
    PLACEMENT_STATUS_LABELS,
    SEX_LABELS,
    VISIT_STATUS_LABELS,
    audit_action_label,
    need_status_label,
)
from diaspora_desk.domain.visits import AppointmentStatus, VisitStatus


def test_every_state_has_a_plain_label() -> None:
    for labels, states in (
        (AUDIT_ACTION_LABELS, AuditAction),
        (PLACEMENT_STATUS_LABELS, PlacementStatus),
        (APPOINTMENT_STATUS_LABELS, AppointmentStatus),
        (CONSENT_PURPOSE_LABELS, ConsentPurpose),
        (SEX_LABELS, Sex),
        (CHANNEL_LABELS, Channel),
        (NEED_MODE_LABELS, NeedMode),
        (VISIT_STATUS_LABELS, VisitStatus),
        (CAMPAIGN_STATUS_LABELS, CampaignStatus),
    ):
        assert set(labels) == set(states)
        for state, label in labels.items():
            assert "_" not in label
            assert label != state.value


def test_audit_actions_read_as_words_and_unknown_ones_pass_through() -> None:
    assert audit_action_label("view_sensitive") == "Legal status viewed"
    assert audit_action_label("merge") == "Merged"
    assert audit_action_label("something_new") == "something_new"  # an older or newer database


def test_need_states_read_as_words() -> None:
    assert [need_status_label(s) for s in ("open", "filled", "closed")] == ["Open", "Filled", "Closed"]
