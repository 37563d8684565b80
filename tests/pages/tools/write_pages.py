"""Writes the fixture pages of tests/pages and their gold files.

    python3 tests/pages/tools/write_pages.py tests/pages

Every chunk of markup below carries the label its author gave it by hand (content,
boilerplate with a kind, unscored, hidden, listing); common.py only turns the labels into exact
snippets. The committed pages and gold files are what tests read; after editing this script,
rewrite them and run `node --test tests/node/pages.test.mjs`. Seed article text is read
verbatim from ../shared/seeds/.
"""
import sys
from common import write, Page, esc
from seeds import body, featured_latest, lines
from sites import *
from pages_gazette import write_gazette

ROOT = sys.argv[1]
BN = "https://www.bestnews-daily.example"
MW = "https://metro-wire.example"

# ====================================================================== Best News Daily
fl000 = featured_latest(0)
fl001 = featured_latest(1)

# --- seed 000
m = dict(url=BN + "/met-police-facing-backlash-after-call-handler-resigns-over-colleagues-return/",
         page_type="article", story="met-call-handler", expect="new", postid=48213,
         title=lines(0)[0], category="World", date="May 29, 2025", datetime="2025-05-29T08:14:00+00:00",
         tags=["Met Police", "Metropolitan Police", "London"],
         prev="Kfcs Investment In Uk And Ireland 7 000 New Jobs Created",
         next="French Open 2024 Sinner Draper Djokovic Gauff Day 5 Action")
items = body(0, 6, 16, {8, 10, 12, 14})
items.insert(4, ("chrome", "boilerplate", "advertising", '<div class="ad-slot" data-ad-slot="in-article-1"><span>Advertisement</span></div>\n'))
write(ROOT, "bestnews-daily/met-police-backlash-call-handler.html",
      bestnews_article(m, items, fl000, lines(0)[5]), m)

# --- seed 001
m = dict(url=BN + "/met-police-faces-backlash-after-call-handler-resigns-over-reinstatement/",
         page_type="article", story="met-call-handler", expect="same_story", postid=48240,
         title=lines(1)[0], category="World", date="May 29, 2025", datetime="2025-05-29T17:40:00+00:00",
         tags=["Met Police", "Domestic Violence", "Whistleblowers"],
         prev="Controversy At Met Police Call Handler Resignation Follows Colleagues Return",
         next="Student Visa Delays Us Implements Stricter Social Media Vetting For Applicants")
L1 = lines(1)
items = body(1, 6, 18, {8, 10, 12, 14, 16})
items.insert(5, ("chrome", "boilerplate", "advertising", '<div class="ad-slot" data-ad-slot="in-article-1"><span>Advertisement</span></div>\n'))
items.append(("chrome", "boilerplate", "related",
              '<p><strong>%s</strong></p>\n<ul class="related-links">\n<li>%s</li>\n<li>%s</li>\n</ul>\n'
              % (esc(L1[18]), esc(L1[19][2:]), esc(L1[20][2:]))))
items.append(("chrome", "boilerplate", "other", '<p class="seo-keywords">%s</p>\n' % esc(L1[21])))
write(ROOT, "bestnews-daily/met-police-call-handler-reinstatement.html",
      bestnews_article(m, items, fl001, L1[5]), m)

# --- storm Isolde (written for the fixtures, content-farm style)
ISOLDE_T = "Storm Isolde Brings 90mph Gusts And Widespread Power Cuts To Western Scotland"
m = dict(url=BN + "/storm-isolde-brings-90mph-gusts-and-widespread-power-cuts-to-western-scotland/",
         page_type="article", story="storm-isolde", expect="new", postid=48301,
         title=ISOLDE_T, category="Weather", date="May 31, 2025", datetime="2025-05-31T07:02:00+00:00",
         tags=["Storm Isolde", "Scotland", "Weather"],
         prev="Spanish Gp Piastri Leads Third Practice Session",
         next="Jeremy Clarksons Sidekick Women Are Essential To Agriculture")
items = [
    ("p", "Storm Isolde has battered western Scotland with gusts of up to 90mph, leaving more than 40,000 homes without power and causing widespread disruption to rail and ferry services. The Met Office issued an amber wind warning covering Argyll, the Inner Hebrides and parts of Ayrshire, urging residents to avoid unnecessary travel as the storm moved in from the Atlantic on Friday night."),
    ("h2", "Power Cuts and Travel Chaos"),
    ("p", "Electricity network engineers worked through the night to restore supplies, but warned that some customers in remote areas could be without power until Sunday. Fallen trees blocked several major routes, including the A82 near Tarbet and the A83 at the Rest and Be Thankful, while all ferry sailings to Mull, Islay and Arran were cancelled."),
    ("chrome", "boilerplate", "advertising", '<div class="ad-slot" data-ad-slot="in-article-1"><span>Advertisement</span></div>\n'),
    ("p", "The West Highland Line was closed between Crianlarich and Oban after a landslip, with replacement buses unable to run because of debris on the roads. Glasgow Airport reported a number of diverted flights as crosswinds made landings hazardous."),
    ("h2", "Communities Rally Together"),
    ("p", "In Oban, volunteers opened the community hall overnight for residents whose homes had lost heating, offering hot drinks and phone charging. Local councillors praised emergency crews and urged people to check on elderly neighbours."),
    ("h2", "What Happens Next?"),
    ("p", "Forecasters expect the winds to ease on Saturday afternoon, but heavy rain is likely to bring a risk of flooding to low-lying areas over the weekend. Residents are advised to keep up to date with the latest warnings and to report any damaged power lines rather than approaching them. We will continue to update this story as more information becomes available."),
]
write(ROOT, "bestnews-daily/storm-isolde-western-scotland.html",
      bestnews_article(m, items, [("Featured Posts", fl001[0][1]), ("Latest Posts", fl000[1][1])],
                       "Storm Isolde Brings 90mph Gusts and Widespread Power Cuts to Western Scotland"), m)

# --- home / latest posts listing
entries = [
    (ISOLDE_T, "May 31, 2025", "Amber warnings, cancelled ferries and tens of thousands of homes in the dark as the storm sweeps in from the Atlantic."),
    ("Formula 1 Piastris Flying Lap Secures Top Spot In Spanish Gp Practice", "May 31, 2025", "The McLaren driver was quickest in Friday's running in Barcelona as rivals struggled with tyre wear."),
    ("Sheinelle Jones And Family Grieving After Loss Of Husband Uche Ojeh", "May 31, 2025", "Tributes pour in for the television presenter's husband following his death."),
    ("Roland Garros Tennis Analyzing Zverev Cobolli And Griekspoor Quinn", "May 31, 2025", "We break down the key moments from a dramatic day of third-round action in Paris."),
    ("Met Police Faces Backlash After Call Handler Resigns Over Reinstatement", "May 29, 2025", "Questions mount over the force's disciplinary procedures after a call handler quits in protest."),
    ("Met Police Facing Backlash After Call Handler Resigns Over Colleague's Return", "May 29, 2025", "A former call handler says she was forced out after a colleague accused of serious misconduct came back to work."),
    ("Kfcs Investment In Uk And Ireland 7 000 New Jobs Created", "May 29, 2025", "The fast-food chain sets out a multi-million pound expansion plan across the UK and Ireland."),
    ("Northumberland Homes Left To Deteriorate Following A1 Road Scheme Halt", "May 29, 2025", "Residents say properties bought for a road project have been left empty for years."),
]
m = dict(url=BN + "/", page_type="listing", story="bestnews-home", expect="new",
         title="Best News Daily", description="Breaking news, trending updates and in-depth stories")
write(ROOT, "bestnews-daily/index.html", bestnews_listing(m, entries, fl000[:1]), m)

# --- empty-ish page: a client-rendered shell with almost no text
p = Page()
p.raw('<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="utf-8">\n<title>Loading&hellip; &ndash; Best News Daily</title>\n'
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
      '<style>body{margin:0;font-family:Arial,sans-serif}#app{min-height:100vh}.spinner{margin:40vh auto 0;width:40px;height:40px;border:4px solid #eee;border-top-color:#c0392b;border-radius:50%;animation:s 1s linear infinite}@keyframes s{to{transform:rotate(360deg)}}</style>\n'
      "</head>\n<body>\n<div id=\"app\">\n<div class=\"spinner\" role=\"progressbar\" aria-label=\"Loading\"></div>\n")
p.add("boilerplate", "other", '<div class="loading-text">Loading&hellip;</div>\n')
p.raw("</div>\n<noscript>You need to enable JavaScript to view this page.</noscript>\n"
      "<script>\nwindow.__APP_STATE__ = {\"route\": \"/live/\", \"items\": []};\n"
      "setTimeout(function () { document.querySelector('.loading-text').textContent = ''; }, 15000);\n</script>\n</body>\n</html>\n")
m = dict(url=BN + "/live/", page_type="other", story="bestnews-live-shell", expect="new", title="Loading\u2026")
write(ROOT, "bestnews-daily/live-shell.html", p, m)

# ====================================================================== Metro Wire (div soup)
TREND = [("Lumora Unveils Fold, A Foldable Colour E-Reader Priced At \u00a3349", "27 May 2025"),
         ("Rail Operator Confirms Sunday Timetable Cuts On Vale Line", "1 Jun 2025"),
         ("Holger Runes Third Round Berth At French Open A Comprehensive Match Report", "30 May 2025"),
         ("Rhode Skin Hailey Biebers Brand Sold To E L F Cosmetics For 1 Billion", "30 May 2025")]

# --- seed 002
L2 = lines(2)
m = dict(url=MW + "/news/internal-dispute-at-met-police-call-handlers-resignation-highlights-concerns",
         page_type="article", story="met-call-handler", expect="same_story", title=L2[0],
         category="UK News", readtime="3 min read", date="May 29, 2025", in_body_headline=L2[9])
write(ROOT, "metro-wire/met-police-internal-dispute.html",
      metro_article(m, body(2, 10, 26, {11, 13, 15, 20}), TREND), m)

# --- seed 003
L3 = lines(3)
m = dict(url=MW + "/news/met-police-call-handlers-resignation-a-case-of-workplace-integrity",
         page_type="article", story="met-call-handler", expect="same_story", title=L3[0],
         category="UK News", readtime="3 min read", date="May 30, 2025", in_body_headline=L3[9])
write(ROOT, "metro-wire/met-police-workplace-integrity.html",
      metro_article(m, body(3, 10, 24, {11, 13, 15, 17}), TREND), m)

# --- re-post of seed 001 (duplicate): one sentence edited, one paragraph added, Related/Keywords dropped
items = body(1, 6, 18, {8, 10, 12, 14, 16})
ADDED = "Metro Wire has approached the Metropolitan Police for further comment on the case and will update this article if a response is received."
orig = "However, this response has been met with skepticism, with many demanding"
edited = None
for i, it in enumerate(items):
    if it[0] == "p" and orig in it[1]:
        edited = it[1].replace(orig, "However, campaigners have greeted this response with scepticism, with many demanding")
        items[i] = ("p", edited)
assert edited
items.insert(2, ("p", ADDED))
m = dict(url=MW + "/news/met-police-backlash-call-handler-quits-over-officers-reinstatement",
         page_type="article", story="met-call-handler", expect="duplicate",
         title="Met Police Backlash As Call Handler Quits Over Officer's Reinstatement",
         category="UK News", readtime="4 min read", date="May 31, 2025", in_body_headline=None,
         new_paragraphs=[ADDED], edited_paragraphs=[edited])
write(ROOT, "metro-wire/met-police-call-handler-repost.html",
      metro_article(m, items, TREND, title_repeats=False, farm=False), m)

# --- tech launch (written for the fixtures)
LUMORA_T = "Lumora Unveils Fold, A Foldable Colour E-Reader Priced At \u00a3349"
items = [
    ("p", "E-reader maker Lumora has unveiled the Lumora Fold, a foldable e-ink device with a colour screen that opens from a pocket-sized 6-inch display into an 8.5-inch tablet for comics and magazines."),
    ("p", "Announced at a launch event in Berlin on Tuesday, the Fold uses a hinge borrowed from folding phones and a new generation of colour e-paper that the company says refreshes twice as fast as its previous models."),
    ("p", "The device will cost \u00a3349 in the UK, with pre-orders opening today and shipping expected from 20 June. A stylus for note-taking is sold separately for \u00a359."),
    ("chrome", "boilerplate", "advertising", '<div class="css-a7d1q" data-slot="inline-1"><span>ADVERTISEMENT</span></div>\n'),
    ("p", "Lumora claims up to four weeks of battery life with an hour of reading a day, and says the Fold is rated IPX7 for water resistance, meaning it can survive a drop in the bath."),
    ("p", "Chief executive Anja Kessler told the audience the company had spent three years on the hinge. \u201cReaders told us they wanted one device for novels on the train and graphic novels at home,\u201d she said."),
    ("p", "Analysts were cautious about the price. \u201cFoldables are still a niche even among phones, and e-reader buyers are notoriously price-sensitive,\u201d said Tom Haddad of research firm Screenwise."),
    ("p", "The Fold supports EPUB and PDF files and the company's own store, but, like earlier Lumora models, it will not open books bought from rival stores that use digital rights management."),
    ("chrome", "boilerplate", "related", '<div class="css-9aa1m">Read more: <a href="/tech/best-e-readers-2025">The best e-readers to buy in 2025</a></div>\n'),
]
m = dict(url=MW + "/tech/lumora-fold-foldable-colour-e-reader", page_type="article", story="lumora-fold-launch",
         expect="new", title=LUMORA_T, category="Tech", readtime="2 min read", date="May 27, 2025", in_body_headline=None)
write(ROOT, "metro-wire/lumora-fold-launch.html", metro_article(m, items, TREND[1:], title_repeats=False, farm=False), m)

# --- Metro Wire home (listing, div soup cards)
p = Page()
m = dict(url=MW + "/", page_type="listing", story="metro-wire-home", expect="new", title="Metro Wire",
         description="News, money, tech and sport from Metro Wire")
mw_head(p, m)
mw_top(p)
p.raw('<div class="css-0b1nq">\n<div class="css-b2v8n">\n')
p.add("boilerplate", "navigation", '<div class="css-t4k2x">Latest</div>\n')
cards = [
    (L3[0], "May 30, 2025", "Sources suggest the resignation may be linked to concerns about professional standards in the control room."),
    (L2[0], "May 29, 2025", "A leaked memo alleges bullying, inadequate training and understaffing."),
    (LUMORA_T, "May 27, 2025", "The e-ink device opens from a 6-inch phone-sized screen into an 8.5-inch tablet."),
    ("Holger Runes Third Round Berth At French Open A Comprehensive Match Report", "May 30, 2025", "The Dane was rarely troubled on Court Suzanne-Lenglen."),
    ("Witness To Terror Israeli Hostages Account Of Hamas Torture On Cnn", "May 30, 2025", "A former hostage describes months in captivity in a televised interview."),
    ("Student Visa Delays Us Implements Stricter Social Media Vetting For Applicants", "May 29, 2025", "Applicants face longer waits as consulates check online activity."),
    ("How A Humble Lumber Yard Launched Shepmates To Social Media Success", "May 29, 2025", "A family business found an audience of millions with short videos."),
]
for i, (t, d, teaser) in enumerate(cards):
    p.raw('<div class="css-card">\n')
    p.add("listing", None, '<a class="css-9aa1m" href="/news/%s">%s</a>\n' % (slug(t), esc(t)))
    p.add("listing", None, '<div class="css-1r8e0">%s</div>\n' % esc(teaser))
    p.add("listing", None, '<div class="css-m3l0p">%s</div>\n' % d)
    p.raw("</div>\n")
    if i == 2:
        p.add("boilerplate", "advertising", '<div class="css-a7d1q" data-slot="infeed-1"><span>ADVERTISEMENT</span></div>\n')
p.add("boilerplate", "navigation", '<div class="css-z0t9c" role="button">Load more</div>\n')
p.raw("</div>\n")
mw_rail(p, TREND[1:3])
p.raw("</div>\n")
mw_bottom(p)
write(ROOT, "metro-wire/index.html", p, m)

# --- malformed page (unclosed tags, stray end tags, unquoted attributes, no </body></html>)
RAIL_T = "Rail Operator Confirms Sunday Timetable Cuts On Vale Line"
rail = [
    "Passengers on the Vale Line face fewer Sunday trains from 15 June after operator Southvale Railways confirmed it will cut services to one an hour because of a shortage of drivers willing to work rest days.",
    "The change affects stations between Thamesbury and Kingsmead, where trains currently run every 30 minutes on Sundays. Weekday and Saturday services are unaffected.",
    "Southvale said the reduced timetable would stay in place \u201cuntil at least September\u201d while it completes training for 24 new drivers, the first of whom qualify in August.",
    "Passenger group Vale Line Users said the cut would hit people who rely on Sunday trains to get to work at the hospital and retail park. \u201cSunday is not a day off for everyone,\u201d said its chair, Ruth Okonjo.",
    "Tickets already bought for affected trains will be valid on the service before or after, the operator said.",
]
p = Page()
m = dict(url=MW + "/news/rail-operator-confirms-sunday-timetable-cuts-on-vale-line", page_type="article",
         story="vale-line-sunday-cuts", expect="new", title=RAIL_T)
p.raw("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=utf-8>\n<title>%s | Metro Wire</title>\n<style>%s</style>\n</head>\n<body>\n"
      '<div id=__next><div class=css-1x9k2>\n<div class="css-q7f3a">\n' % (esc(RAIL_T), MW_CSS))
p.add("boilerplate", "navigation", '<div class=css-8fj2k><a href=/ class=css-2kd9x>METRO WIRE</a></div>\n')
p.add("boilerplate", "navigation", '<div class="css-7hd0q">\n%s\n</span></div>\n' % "\n".join('<a href=/%s>%s' % (n.lower(), n) + ("</a>" if i % 2 else "") for i, n in enumerate(MW_NAV)))
p.raw("</div></div>\n</div>\n<div class=\"css-0b1nq\">\n<div class=css-b2v8n>\n")
p.add("unscored", None, '<div class="css-t4k2x"><b>%s</div>\n' % esc(RAIL_T))
p.add("boilerplate", "byline", '<div class="css-m3l0p"><span>2 min read</span> <span>Post on Jun 1, 2025</div>\n')
p.add("content", None, '<p class="css-p9w1e">%s\n' % esc(rail[0]))
p.add("content", None, '<p class="css-p9w1e"><i>%s</p>\n' % esc(rail[1]))
p.add("boilerplate", "advertising", '</p></div><div class="css-a7d1q"><span>ADVERTISEMENT</div>\n')
p.add("content", None, '<div class="css-p9w1e">%s</div></div>\n' % esc(rail[2]))
p.add("content", None, '<div class=css-p9w1e>%s\n' % esc(rail[3]))
p.add("content", None, '<div class="css-p9w1e">%s</td></div>\n' % esc(rail[4]))
p.add("boilerplate", "share", '<div class="css-g5h6j"><div>Share<div>Facebook</div><div>X</div></div>\n')
p.raw("</div>\n")
p.raw('<div class="css-r4n7d">\n')
p.add("boilerplate", "related", '<div class="css-9aa1m">Trending now</div>\n')
for t, d in [TREND[0], TREND[2]]:
    p.add("boilerplate", "related", '<div class=css-5t1rq><a href="/news/%s">%s <span>%s</span>\n' % (slug(t), esc(t), d))
p.raw("</div></div></div></div>\n")
p.raw('<div class="css-f00t3">\n')
p.add("boilerplate", "legal", '<div class="css-3k1wp">&copy; 2025 Metro Wire Media Ltd. All rights reserved. Reproduction without permission is prohibited.\n')
p.raw('<script>window.__mw = {"page": "article"}</script>\n')
write(ROOT, "metro-wire/vale-line-sunday-cuts-malformed.html", p, m)

# ====================================================================== The Thamesbury Gazette
write_gazette(ROOT)
