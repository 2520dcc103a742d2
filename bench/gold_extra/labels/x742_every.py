from _dsl import *
FILE="wcxb/html/0468.html.gz"
# Every (every.to) newsletter e-mail 'How AI Can Cut Your Planning Cycle From Two Weeks to Two Days' (an e-mail saved as
# a page, links through every.to/emails/click redirects): hidden preview text; one presentation table holding the
# article: Every logo link; post intro (h1 and subtitle linking to the web post, byline, cover figure); post body
# (italic editor's note introducing the author, with links on the names 'Austin Tedesco' and 'Kate Lee' to their
# announcement posts; italic line 'Was this newsletter forwarded to you? Sign up to get it in your inbox.' (every.to/
# account); rule; the text: four paragraphs, 'The tech stack' section with a four-step list; rule; paywall: bold
# 'Become a paid subscriber to Every to unlock this piece and learn about:' with a three-point teaser list, a
# 'Subscribe' quill button, and a subscription box (products image link, 'Start free trial' button, 'What is included
# in a subscription?', benefits and 'Bundle of AI software' list: Sparkle, Cora, Spiral, Monologue)); e-mail footer
# ('You received this email because you signed up for emails from Every... unsubscribe', postal address); tracking
# pixel. No ads, no related block.
# Not labelled: logo, title/subtitle/byline links to the web copy of the post, the editor's note's links on the two
# names (links on a term inside an ordinary sentence, as x718), source links in the text (First Round Review, 'OKR,
# KPI, or DRI'), the paywall's teaser list (an outline of the locked text, no links), the footer's sign-up notice and
# unsubscribe link (account management of the e-mail, not an ask), the hidden preview text and the tracking pixel.
PB="/html/body/table/tr/td/div/main/div/div[2]"
related=[]
ctas=[
 C("newsletter", "Was this newsletter forwarded to you? Sign up to get it in your inbox.", "before|inline", PB+"/p[2]", note="italic line set apart after the editor's note and before the rule opening the text: 'Sign up' link to every.to/account (e-mail sign-up)"),
 C("subscribe", "Become a paid subscriber to Every to unlock this piece and learn about:", "after", PB+"/p[14]", amb=True, note="bold paywall lead-in after the last paragraph (link 'paid subscriber to Every' to /subscribe) over a teaser list; one pitch with the 'Subscribe' button below it but no container of its own (9.1: the button is the plain item)"),
 C("subscribe", "Subscribe", "after", PB+"/div[1]", note="'Subscribe' quill button under the paywall teaser list (every.to/subscribe, source=post_button)"),
 C("subscribe", "Start free trial What is included in a subscription? Daily insights from AI pioneers + early access to powerful AI tools", "after", PB+"/div[2]", note="paywall subscription box: products image, 'Start free trial' button, 'What is included in a subscription?' benefits and bundled AI apps (Sparkle, Cora, Spiral, Monologue)"),
 C("contact", "221 Canal St 5th floor, New York, NY 10013", "outside", "/html/body/table/tr/td/div/footer/address", amb=True, note="e-mail footer postal address, no phone, e-mail or button (convention 2: address block with no button is amb contact; it is the sender address an e-mail must carry)"),
]
ads=[]
