"""Every state a record goes through has a label; stored codes never reach paper or screen."""

from __future__ import annotations

from diaspora_desk.domain.enums import AuditAction, ConsentPurpose
from diaspora_desk.domain.matching import PlacementStatus
from diaspora_desk.domain.people import Channel, Sex
from diaspora_desk.domain.status_labels import (
    APPOINTMENT_STATUS_LABELS,
    AUDIT_ACTION_LABELS,
    CHANNEL_LABELS,
    CONSENT_PURPOSE_LABELS,
    PLACEMENT_STATUS_LABELS,
    SEX_LABELS,
    audit_action_label,
)
from diaspora_desk.domain.visits import AppointmentStatus


def test_every_state_has_a_plain_label() -> None:
    for labels, states in (
        (AUDIT_ACTION_LABELS, AuditAction),
        (PLACEMENT_STATUS_LABELS, PlacementStatus),
        (APPOINTMENT_STATUS_LABELS, AppointmentStatus),
        (CONSENT_PURPOSE_LABELS, ConsentPurpose),
        (SEX_LABELS, Sex),
        (CHANNEL_LABELS, Channel),
    ):
        assert set(labels) == set(states)
        for state, label in labels.items():
            assert "_" not in label
            assert label != state.value


def test_audit_actions_read_as_words_and_unknown_ones_pass_through() -> None:
    assert audit_action_label("view_sensitive") == "Legal status viewed"
    assert audit_action_label("merge") == "Merged"
    assert audit_action_label("something_new") == "something_new"  # an older or newer database
