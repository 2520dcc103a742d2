from _dsl import *
FILE="wcxb/html/0431.html.gz"
# ByteSauna (Next.js) blog post 'Understanding mathematics through Lean' (URL proofs-as-types): hidden empty div; empty
# toast 'Notifications' section; hero (logo link, image, h1, date); post body (math-section with h2 sections, Lean code
# blocks, Conclusion); 'Article by Matias Heikkilä' author card with 'Let's talk' and 'Subscribe' buttons; '⬅️ Back to all
# posts' link; empty #comment-section; footer (copyright, Privacy policy, Cookie settings).
# No related block and no ads.
# Not labelled: hidden empty div, toast section, logo, date, author name and photo, 'Back to all posts' (navigation),
# footer Privacy policy / Cookie settings, Next.js scripts.
AC="/html/body/div[2]/div[2]/div/div[2]"
BB=AC+"/div/div/div[2]"
related=[]
ctas=[
 C("other", "Let's talk Subscribe", "after", BB, note="button pair under 'Article by Matias Heikkilä' after the text: 'Let's talk' (contact) and 'Subscribe' (newsletter) side by side (asks differ: other, convention 4)"),
 C("contact", "Let's talk", "after", BB+"/button[1]", amb=True, note="'Let's talk' button of the pair (9.2)"),
 C("newsletter", "Subscribe", "after", BB+"/button[2]", amb=True, note="'Subscribe' button of the pair (9.2)"),
 C("comments", "", "after", "/html/body/div[2]/div[2]/div/div[4]", amb=True, note="empty #comment-section after 'Back to all posts', filled by script (10.9)"),
]
ads=[]
