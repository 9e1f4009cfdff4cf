"""The home page as a reader on a phone meets it, in a real Chromium."""

from __future__ import annotations


def test_home_on_a_phone_shows_emergency_signs_and_cramp_first_aid_first(phone, server) -> None:
    phone.goto(server)
    emergency = phone.locator(".ca-emergency")
    first_aid = phone.locator(".ca-now")
    assert emergency.is_visible() and first_aid.is_visible()
    assert "get help now" in emergency.inner_text().lower()
    assert "999" in emergency.inner_text() and "911" in emergency.inner_text()  # the numbers, not only links
    # Both start on the first screen of a 390x844 phone: the emergency signs, then how to stop a cramp.
    assert emergency.bounding_box()["y"] < 844
    assert first_aid.locator(".admonition-title").bounding_box()["y"] < 844


def test_a_reader_can_go_from_home_to_a_stretch_and_back_to_its_section(phone, server) -> None:
    phone.goto(server)
    phone.locator(".ca-now a[href*='stretches/']").first.click()  # "Stretches for a cramp: …"
    phone.wait_for_load_state()
    assert phone.locator("article h1").first.inner_text()
    assert phone.locator("ol.ca-steps li").count() >= 2
    phone.locator(".ca-back a").click()
    phone.wait_for_load_state()
    assert phone.locator("article h1").first.inner_text().startswith("Stretches")
