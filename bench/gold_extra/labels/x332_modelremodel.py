from _dsl import *
FILE="wcxb/html/0365.html.gz"
# Model Remodel (Seattle design-build contractor, GeneratePress + GenerateBlocks) blog post 'Remodel, Rebuild, or
# Renovate': top bar (social icons, 'Contact Us' button); header menu; blog category band; post header (breadcrumbs,
# category, title, date/author); two-column post (sticky 'JUMP TO' table of contents; Social Warfare share bar, text with
# photos whose captions link to portfolio projects, FAQ, share bars, author block); 'Recent Posts'; newsletter band;
# footer (address/e-mail/phone, newsletter form, memberships badges, social icons, copyright, hidden 'Start Your
# Project' button). No ads, no ad configuration.
# Not labelled: menus, the category band (topic links), breadcrumbs, the 'JUMP TO' table of contents, the author block
# ('Written by Model Remodel', no links), memberships badges, the in-text links inside paragraphs.
# The portfolio photo captions are ambiguous related items (a reader may take them as picture credits of the text;
# the wcxb ground truth leaves them out of the body).
A_="/html/body/div[3]/div/div/main/article"
PC=A_+"/div[3]/div/div/div[2]"
T=PC+"/div[2]/div[1]"
FT="/html/body/div[5]"
related=[
 R(T+"/div[6]", None, 1, "inline", amb=True, note="photo with caption link to portfolio project 'Craftsman Second Story Suite Addition'"),
 R(T+"/div[9]", None, 1, "inline", amb=True, note="photo with caption link 'Dreamy Light-Filled Attic Suite'"),
 R(T+"/div[13]", None, 1, "inline", amb=True, note="photo with caption link 'Mediterranean Modern'"),
 R(T+"/div[16]", None, 1, "inline", amb=True, note="photo with caption link 'Attic Skylight Suite'"),
 R(T+"/div[17]", None, 1, "inline", amb=True, note="photo with caption link 'Serene and Sustainable Dream Home Remodel'"),
 R(T+"/div[23]", None, 1, "inline", amb=True, note="photo with caption link 'Modern Interior Remodel with a Classic Sophistication'"),
 R(T+"/div[26]", None, 1, "inline", amb=True, note="photo with caption link 'Attached Garage Conversion with Farmhouse Exterior'"),
 R(T+"/div[29]", None, 1, "inline", amb=True, note="photo with caption link 'Mid-Century Modern Kitchen'"),
 R(A_+"/div[4]", "Recent Posts", 3, "after", note="'Recent Posts' grid of 3 posts under the article"),
]
ctas=[
 C("follow", "", "outside", "/html/body/div[1]/div/div/div[1]", note="top-bar social icons (Twitter, Facebook, Houzz, Pinterest, Instagram, YouTube)"),
 C("contact", "Contact Us", "outside", "/html/body/div[1]/div/div/div[2]", note="top-bar 'Contact Us' button"),
 C("contact", "Contact Us About Your Project", "inline", T+"/div[33]/div[3]", note="boxed button to /contact/ standing between text blocks (added when set J was read)"),
 C("share", "Share Pin Tweet 0 Shares", "before", PC+"/div[1]", note="Social Warfare share bar above the text"),
 C("share", "Share Pin Tweet 0 Shares", "after", PC+"/div[2]/div[2]", amb=True, note="hidden (display:none) Social Warfare share panel at the end of the entry content"),
 C("share", "Share Pin Tweet 0 Shares", "after", PC+"/div[3]", note="second Social Warfare share bar under the entry content"),
 C("newsletter", "Subscribe to our Newsletter We write about what we know and neighborhoods we love.", "after|outside", "/html/body/div[4]", note="newsletter sign-up band between the article and the footer"),
 C("contact", "1111 W Nickerson St Seattle, WA 98119 ( Map ) smile@modelremodel.com 206.282.2150", "outside", FT+"/div[1]/div/div/div/div/div[1]", amb=True, note="footer address, e-mail and phone"),
 C("newsletter", "Subscribe to our Newsletter Newsletter Signup (Footer Form) Email Address *", "outside", FT+"/div[1]/div/div/div/div/div[2]", note="footer newsletter form"),
 C("follow", "", "outside", FT+"/div[2]/div/div", note="footer social icons"),
 C("contact", "Start Your Project", "outside", FT+"/div[3]", amb=True, note="hidden 'Start Your Project' button (contact page)"),
]
ads=[]
