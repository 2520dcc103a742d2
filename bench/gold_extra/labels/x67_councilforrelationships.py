from _dsl import *
FILE="wcxb/html/0156.html.gz"
W="/html/body/div[2]/div[1]"
E=W+"/div[6]/div"
FB="/html/body/div[2]/div[3]/div[2]"
related=[
 R(E+"/blockquote[1]", None, 1, "after", note="WordPress post embed 'Self-Help Tips for Depression and Anxiety' (fallback link of the embed card), in the 'More from CFR' section"),
 R(E+"/p[11]", None, 1, "after", amb=True, note="iframe embed card of the same post (the blockquote above is its fallback)"),
 R(E+"/blockquote[2]", None, 1, "after", note="WordPress post embed 'Managing Anxiety & Burnout: Mental Health Tips for College Students'"),
 R(E+"/p[12]", None, 1, "after", amb=True, note="iframe embed card of the same post"),
]
ctas=[
 C("other", "Are you and your partner or partners satisfied with the current state of your relationship? Learn more about our Relationship Checkup", "outside", W+"/div[1]", note="sitewide alert strip above the header"),
 C("contact", "Request Information", "outside", W+"/div[4]/a[1]", amb=True, note="button in the hidden mobile menu"),
 C("contact", "Call 215-382-6680", "outside", W+"/div[4]/a[2]", amb=True, note="phone button in the hidden mobile menu"),
 C("contact", "Request a therapy appointment with Chimère G. Holmes, MA, MSEd, LPC.", "inline", E+"/div[2]", note="captioned image after the first paragraph, linking to the therapist's appointment page"),
 C("other", "Council for Relationships is a nonprofit organization with over 80 therapists", "after", E+"/p[9]", amb=True, note="'More from CFR' boilerplate: organisation blurb under the heading"),
 C("other", "Get matched with a CFR therapist who meets your needs Sign up for our newsletter for mental health tips, updates, and events", "after", E+"/ul", note="'More from CFR' list: get matched / newsletter sign-up / more blogs"),
 C("other", "Get Matched | Subscribe | Read More", "after", E+"/p[10]", note="bold link row under the list"),
 C("contact", "Call us at 215-382-6680", "outside", FB+"/a[1]", note="footer phone button"),
 C("contact", "Contact Us", "outside", FB+"/a[2]", note="footer button"),
 C("newsletter", "Sign-up for our Newsletter", "outside", FB+"/a[3]", note="footer button"),
 C("follow", "Facebook Instagram linkedin", "outside", FB+"/div[1]", note="footer social links"),
]
ads=[]
