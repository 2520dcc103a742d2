"""A subscription to a channel on a network is a follow CTA (``channel_kinds``): a box whose
words ask to subscribe but whose links all go to profiles on a network (by target, or by a
label naming the network, "… on Spotify") follows the channel; a paid subscription leads
to the site's own offer. Small pages written for the project, in English and German.
"""

from __future__ import annotations

from regionpages import article_in, page, parse, parse_intact


def test_a_youtube_subscribe_link_under_the_text_is_follow():
    """"Subscribe to the Eastmere Times on YouTube" linking the channel (``sub_confirmation``):
    a follow CTA, not a paid subscription."""
    box = ("<div class='video-cta'><a href='https://www.youtube.com/c/eastmeretimes?sub_confirmation=1'>"
           "Subscribe to the Eastmere Times on YouTube</a></div>")
    raw = page(after=box)
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["follow"]


def test_a_german_podcast_box_whose_labels_name_the_networks_is_follow():
    """"Unser Podcast" with "Abonnieren auf Spotify" / "Abonnieren auf Apple Podcasts" through
    the site's own redirects: the labels name the channels, a follow CTA (German)."""
    box = ("<div class='podcast-abo'><h3>Unser Podcast: Hafen und Meer</h3>"
           "<p>Jede Woche neu. Jetzt abonnieren!</p>"
           "<a class='btn' href='/go/spotify'>Abonnieren auf Spotify</a> "
           "<a class='btn' href='/go/apple'>Abonnieren auf Apple Podcasts</a></div>")
    raw = article_in("de", after=box)
    doc = parse_intact(raw, "de")
    assert [c.kind for c in doc.ctas] == ["follow"]


def test_a_paid_subscription_offer_stays_subscribe():
    """"Subscribe to the Eastmere Times" leading to the site's offer page: a subscription."""
    box = ("<div class='subscribe-box'><h3>Subscribe to the Eastmere Times</h3>"
           "<a class='btn' href='/subscribe/offer'>Subscribe now</a></div>")
    raw = page(after=box)
    doc = parse(raw)
    assert [c.kind for c in doc.ctas] == ["subscribe"]
