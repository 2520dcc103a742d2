from _dsl import *
FILE="wcxb/html/0228.html.gz"
# Huberman Lab (Webflow) Neural Network newsletter page 'Foundational Fitness Protocol': hidden style embed; closed
# 'Daily Blueprint' dialog with ConvertKit e-mail form; empty newsletter progress bar; sticky navbar (logo, menu, 'Become a
# Member' / 'Premium Dashboard' gate button, Log In, Search); hero (breadcrumbs, h1, date, 'This newsletter is sponsored by
# AG1'); left sticky column ('Sign up to receive regular emails like this' with a kit.com form script, desktop only;
# script-filled Table of Contents); article text (h2/h3 sections, 'View Fitness Protocol PDF' link, an in-text 'Subscribe to
# the Neural Network Newsletter' card, a body-list line 'For additional tools for stress, see this episode.', closing 'Stay
# Connected' section with podcast-platform and social links, sign-off); empty newsletter-card after the text; 'Join
# 800,000+ subscribers' newsletter band; 'Thank you for your interest in science' podcast pitch with two testimonial
# carousels; footer (Content, Huberman Lab, Huberman Lab Premium and Legal columns, copyright, social icons); hidden search
# modal (search form, Popular Topics links, Latest Episodes and Protocols and Toolkits lists, a copy of the Daily Blueprint
# dialog).
# Not labelled: style embeds, progress bar, menus (incl. Newsletter menu entry, Log In, Search), breadcrumbs, date, Table of
# Contents, 'View Fitness Protocol PDF' (the protocol itself), in-text episode/guest links, the testimonial band (no ask or
# control), footer Content / Huberman Lab / Legal columns, the search modal's form and 'Popular Topics' list (topic tags), LinkedIn/Algolia scripts.
AR="/html/body/main/section[1]/div[2]/div/article"
TX=AR+"/div[1]"
related=[
 R(TX+"/ul[1]/li[4]", None, 1, "inline", amb=True, note="body-list line 'For additional tools for stress, see this episode.' pointing to the stress episode (a pointer in an ordinary sentence, 10.10)"),
 R("/html/body/div[4]/div/div[4]/div/div/div[3]", "Latest Episodes", 4, "outside", amb=True, note="'Latest Episodes' list (4 episodes, 'Explore All Episodes' button) in the hidden search modal"),
 R("/html/body/div[4]/div/div[4]/div/div/div[5]", "Protocols and Toolkits", 6, "outside", amb=True, note="'Protocols and Toolkits' list (6 protocol/newsletter pages, this one among them) in the hidden search modal"),
]
ctas=[
 C("newsletter", "Get the zero-cost Daily Blueprint: Andrew’s protocols to maximize your productivity, physical and mental health", "outside", "/html/body/dialog", amb=True, note="closed <dialog> 'Daily Blueprint' e-mail sign-up (ConvertKit form), opened by script (9.5)"),
 C("subscribe", "Premium Dashboard Become a Member", "outside", "/html/body/div[3]/div/div/div/nav/ul[2]/li[1]", note="navbar 'Become a Member' (Premium membership) button; 'Premium Dashboard' variant for members in the same supercast-gate"),
 C("newsletter", "Sign up to receive regular emails like this Join over 1M others in getting regular emails from Dr. Andrew Huberman.", "outside", "/html/body/main/section[1]/div[2]/div/div/div[1]", note="left sticky column newsletter sign-up (kit.com form script; u-hide-tablet: the desktop copy)"),
 C("newsletter", "Subscribe to the Neural Network Newsletter Sign up to join 800,000+ other subscribers and receive regular emails", "inline", TX+"/div", note="in-text 'Subscribe to the Neural Network Newsletter' card (kit.com form script) between the protocol PDF link and 'Protocol Modifications & Notes'"),
 C("follow", "New episodes of the Huberman Lab podcast are out each Monday on YouTube, Apple Podcasts, Spotify", "after", TX+"/p[19]", amb=True, note="closing 'Stay Connected' paragraph linking the podcast platforms and Instagram/Twitter/Facebook/LinkedIn/TikTok (part of the newsletter's text, kept in the wcxb ground truth; 10.1)"),
 C("newsletter", "", "after", AR+"/div[2]", amb=True, note="empty newsletter-card div after the text (10.9)"),
 C("newsletter", "Join 800,000+ subscribers to get regular emails on neuroscience, health, and science-related tools", "after|outside", "/html/body/main/section[2]", note="full-width 'Join 800,000+ subscribers' band with ConvertKit e-mail form"),
 C("subscribe", "Huberman Lab Premium Become a Member About Premium Log In", "outside", "/html/body/footer/section/div/div/nav/div[3]", amb=True, note="footer 'Huberman Lab Premium' column: Become a Member, About Premium, Dashboard / Log In (half-menu column, 9.7)"),
 C("follow", "", "outside", "/html/body/footer/section/div/div/div[3]", note="footer social icons: YouTube, Instagram, X, LinkedIn, Facebook, Threads, TikTok"),
 C("newsletter", "Get the zero-cost Daily Blueprint: Andrew’s protocols to maximize your productivity, physical and mental health", "outside", "/html/body/div[4]/div/dialog", amb=True, note="copy of the closed Daily Blueprint dialog inside the hidden search modal"),
]
ads=[
 A("/html/body/main/section[1]/div[1]/div/div/div[2]/div", "before", amb=True, note="'This newsletter is sponsored by AG1' line in the hero (sponsor named in plain text, link to '#', no ad markup; 10.15)"),
]
