from _dsl import *
FILE="trafilatura-eval/html/pocketpc.ch.auslieferung.html.gz"
CT="/html/body/div[2]/div[3]/div"
P=CT+"/div[6]/ol"
SB="/html/body/div[2]/div[4]/ul"
def sig(li, tail):
    return C("app", "Mit der kostenlosen PocketPC.ch App von meinem", "inline", P+"/li[%d]/div[2]/div[2]/div/div/div/blockquote/%s" % (li, tail), amb=True,
              note="forum-post signature 'Mit der kostenlosen PocketPC.ch App ... aus geschrieben' (app link), post %d of the page" % li)
related=[
 R(CT+"/div[1]", "Danke: 64", 5, "before", amb=True, note="'Danke: 64' thanks box, a hover list of the thread's most-thanked posts (Post #938535 (5) ...)"),
 R(CT+"/div[8]", None, 2, "after", note="'« Vorheriges Thema | Nächstes Thema »' links below the post list"),
 R(CT+"/div[10]/div[1]", "Ähnliche Themen", 3, "after", note="similar threads list in the thread-info block"),
 R(SB+"/li[3]", "Neuste Beiträge", 10, "outside", note="sidebar newest threads"),
]
ctas=[
 C("share", "Themen-Optionen Druckbare Version zeigen Thema weiterempfehlen…", "before", CT+"/div[3]", amb=True, note="thread tools menu: printable version, 'recommend thread' (send to a friend)"),
 sig(1, "div[2]"),
 sig(2, "div[1]/div/div/div[3]/div"),
 sig(3, "div"),
 sig(10, "div[2]"),
 sig(14, "div"),
 sig(18, "div"),
 C("follow", "Folge PocketPC.ch auch bei", "outside", SB+"/li[2]", note="sidebar 'Folge PocketPC.ch auch bei' social/RSS icons"),
]
ads=[
 A("/html/body/div[1]/div[1]", "before|outside", "empty ad_global_header above the navbar"),
 A("/html/body/div[2]/div[1]/div", "before|outside", "header ad_container, 728x90 GPT div-gpt-ad-...-9 written by script (desktop)"),
 A(P+"/center", "before", "mobile adsbygoogle slot written by script at the top of the post list"),
 A(CT+"/div[10]/ins", "after", "adsbygoogle autorelaxed (matched content) unit in the thread-info block"),
 A(SB+"/li[1]", "outside", "sidebar ad_container with GPT div-gpt-ad-...-6"),
 A("/html/body/div[4]", "outside", "GPT div-gpt-ad-...-12 at the end of the body (out-of-page)"),
]
