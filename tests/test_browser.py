"""The home page as a reader on a phone meets it, in a real Chromium."""

from __future__ import annotations


def test_home_on_a_phone_shows_emergency_signs_and_cramp_first_aid_first(phone, server) -> None:
    phone.goto(server)
    emergency = phone.locator(".ca-emergency")
    first_aid = phone.locator(".ca-now")
    assert emergency.is_visible() and first_aid.is_visible()
    assert "Get help now" in emergency.inner_text()
    # Both sit above the fold of a 390x844 phone screen: the answer comes first.
    assert emergency.bounding_box()["y"] < 844
    assert first_aid.bounding_box()["y"] < 844 * 1.2


def test_a_reader_can_go_from_home_to_a_stretch_and_back_to_its_section(phone, server) -> None:
    phone.goto(server)
    phone.locator(".ca-now a").first.click()
    phone.wait_for_load_state()
    assert phone.locator("article h1").first.inner_text()
    assert phone.locator("ol.ca-steps li").count() >= 2
    phone.locator(".ca-back a").click()
    phone.wait_for_load_state()
    assert phone.locator("article h1").first.inner_text().startswith("Stretches")
