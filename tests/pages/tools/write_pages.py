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

ROOT = sys.argv[1]
BN = "https://www.bestnews-daily.example"
MW = "https://metro-wire.example"
GZ = "https://www.thamesburygazette.example"

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
MOST_READ = ["Storm Tobias: roads and schools closed as River Wenn bursts its banks",
             "Councillors approve plan to pedestrianise Market Street",
             "Thamesbury Town beat Redford Rovers 3-1 to reach County Cup final",
             "Rail operator confirms Sunday timetable cuts on Vale Line",
             "New bakery opens in former bank on Bridge Street"]


def most_read_except(t):
    return [x for x in MOST_READ if x != t][:4]


COMMENTS_A = [("ValeResident62", "2 hours ago", "About time something was done about the traffic on Market Street."),
              ("bluesfan_tom", "1 hour ago", "Nobody asked the people who actually have to park in town."),
              ("Wenn Watcher", "35 minutes ago", "Will the buses still stop outside the Corn Exchange?")]

# --- sport result
SPORT_T = "Thamesbury Town beat Redford Rovers 3-1 to reach County Cup final"
items = [
    ("p", "Thamesbury Town are one game away from silverware after a 3-1 win over Redford Rovers in Tuesday night's County Cup semi-final at Meadow Lane."),
    ("p", "Kieran Doyle gave the hosts the lead after 14 minutes, sweeping home from the edge of the area after Rovers failed to clear a corner. He doubled the advantage just before half-time with a header from Sam Okafor's cross."),
    ("p", "Redford pulled one back through substitute Lewis Grant on 63 minutes and pressed for an equaliser, but Town goalkeeper Ollie Pratt made two fine saves to keep them at bay."),
    gz_newsletter(),
    ("p", "Captain Dan Whitlock settled the tie in stoppage time, racing clear from his own half to slot past the stranded Rovers keeper."),
    ("p", "Town manager Gary Fenwick said: \u201cThe lads were magnificent tonight. We knew Redford would come at us after the break, but we stayed together and Ollie was outstanding when we needed him.\u201d"),
    ("p", "The final will be played at Kingsmead Stadium on Saturday 7 June, where Town will face either Ashcombe United or Brenton Athletic, who meet on Wednesday."),
    gz_readmore("Thamesbury Town announce pre-season friendly with Oxbridge City", "sport"),
    ("p", "Tickets for the final go on sale to season-ticket holders from 10am on Friday."),
]
m = dict(url=GZ + "/sport/thamesbury-town-beat-redford-rovers-to-reach-county-cup-final/", page_type="article",
         story="county-cup-semi", expect="new", title=SPORT_T,
         standfirst="Two goals from Kieran Doyle sent the Blues through to their first County Cup final in eleven years in front of a sell-out crowd at Meadow Lane.",
         author="Chris Lowe", role="Sports Reporter", date="Wednesday 28 May 2025, 10:05am", datetime="2025-05-28T10:05:00+01:00",
         crumbs=["Sport", "Football"], tags=["Thamesbury Town", "County Cup", "Football"])
write(ROOT, "thamesbury-gazette/county-cup-semi-final.html",
      gazette_article(m, items, [("Thamesbury Town sign Brenton Athletic striker on loan", "12 May 2025"),
                                 ("County Cup draw: Town handed home tie against Redford", "2 May 2025")],
                      most_read_except(SPORT_T),
                      [("bluesfan_tom", "5 hours ago", "What a night. Whitlock's goal at the end was worth the ticket alone."),
                       ("RoversTillIDie", "4 hours ago", "Robbed. That first goal should have been a foul on our keeper.")]), m)

# --- council decision, first version and the update at the same URL
COUNCIL_T = "Councillors approve plan to pedestrianise Market Street"
council = [
    ("p", "Thamesbury District Council's planning committee approved the \u00a31.2 million scheme on Thursday evening after a three-hour meeting at the Guildhall, at which more than 40 residents and traders asked to speak."),
    ("p", "Under the plans, vehicles will be barred from the street between the Corn Exchange and Bridge Street during the day, with exemptions for blue badge holders and deliveries before 10am. New seating, trees and cycle parking will be installed over the summer."),
    gz_newsletter(),
    ("p", "Committee chair Cllr Priya Raman said the change would \u201cgive the town centre back to the people who use it\u201d and pointed to a consultation in which 61 per cent of respondents supported the idea."),
    ("p", "But several traders warned that losing passing trade and on-street parking could force some shops to close. Mark Ellery, who runs Ellery's Hardware, told the meeting: \u201cHalf my customers drive in for one heavy item. They will not carry a bag of cement from the multi-storey.\u201d"),
    ("p", "The council says a six-month trial of the scheme in 2024 saw footfall on the street rise by 12 per cent, although the traders' association disputes how those figures were collected."),
    ("p", "Work is expected to start in July, with the restrictions taking effect on Monday 1 September."),
]
base = dict(url=GZ + "/news/councillors-approve-plan-to-pedestrianise-market-street/", page_type="article",
            story="market-street-pedestrianisation", title=COUNCIL_T,
            standfirst="Cars will be banned from Thamesbury's Market Street between 10am and 6pm from September after councillors backed the scheme by seven votes to four.",
            author="Helen Marsh", role="Local Democracy Reporter", crumbs=["News", "Politics"],
            tags=["Thamesbury District Council", "Market Street", "Transport"])
rel = [("Market Street traffic trial: what the figures show", "14 Nov 2024"),
       ("Traders launch petition against town centre car ban", "3 Apr 2025")]
m = dict(base, expect="new", date="Friday 30 May 2025, 7:30am", datetime="2025-05-30T07:30:00+01:00")
write(ROOT, "thamesbury-gazette/market-street-pedestrianisation.html",
      gazette_article(m, council, rel, most_read_except(COUNCIL_T), COMMENTS_A), m)
UPDATE = "UPDATE, 6 June: The Market Street Traders' Association has written to the council saying it will seek a judicial review of the decision unless the scheme is paused for a fresh consultation. A council spokesperson said it had received the letter and would respond in due course."
m = dict(base, expect="duplicate", date="Updated Friday 6 June 2025, 9:40am", datetime="2025-06-06T09:40:00+01:00",
         new_paragraphs=[UPDATE])
write(ROOT, "thamesbury-gazette/market-street-pedestrianisation-updated.html",
      gazette_article(m, council + [("p", UPDATE)], rel, most_read_except(COUNCIL_T),
                      COMMENTS_A + [("MarketTrader", "20 minutes ago", "Good. We were never properly consulted in the first place.")]), m)

# --- storm Tobias (hard negative for storm Isolde: same type of event, another storm and place)
TOBIAS_T = "Storm Tobias: roads and schools closed as River Wenn bursts its banks"
items = [
    ("p", "Emergency services rescued residents from flooded homes in Lower Thamesbury overnight after the River Wenn burst its banks during Storm Tobias."),
    ("p", "Thamesbury Fire and Rescue Service said crews used boats to reach 14 properties on Mill Lane and Osier Close, and took six people, including two children, to a rest centre at the leisure centre. Nobody was seriously hurt."),
    ("p", "The Environment Agency issued a severe flood warning for the Wenn at Lower Thamesbury at 2.30am, the first on the river since 2007. Its gauge at Abbey Weir recorded the highest level in 18 years."),
    gz_newsletter(),
    ("p", "Bridge Street, the B4172 Vale Road and the Wenn Valley road remain closed, and Thamesbury Primary and St Anne's CE Primary did not open on Monday."),
    ("p", "Resident Jo Maddison, 71, said water reached knee height in her kitchen within an hour. \u201cI have lived here forty years and never seen it come up so fast,\u201d she said."),
    ("p", "Thamesbury District Council has opened a hardship fund for affected households. Further rain is forecast on Tuesday, and a yellow weather warning is in place until midnight."),
]
m = dict(url=GZ + "/news/storm-tobias-roads-and-schools-closed-as-river-wenn-bursts-its-banks/", page_type="article",
         story="storm-tobias", expect="new", title=TOBIAS_T,
         standfirst="Dozens of homes in Lower Thamesbury were evacuated overnight as more than 60mm of rain fell in 24 hours.",
         author="Amira Said", role="Chief Reporter", date="Monday 2 June 2025, 8:15am", datetime="2025-06-02T08:15:00+01:00",
         crumbs=["News", "Weather"], tags=["Storm Tobias", "Flooding", "River Wenn"])
write(ROOT, "thamesbury-gazette/storm-tobias-flooding.html",
      gazette_article(m, items, [("Flood defences at Abbey Weir to be upgraded", "9 Jan 2025")], most_read_except(TOBIAS_T),
                      [("Osier Close resident", "3 hours ago", "Third time this has happened. The drains on Mill Lane have not been cleared in years.")]), m)

# --- a different police misconduct case; one-liners, a link-rich paragraph, a list in the article
PC_T = "Thamesbury police officer sacked for faking overtime claims"
items = [
    ("p", "A Thamesbury police officer has been dismissed without notice after a misconduct hearing found he submitted false overtime claims worth more than \u00a37,800."),
    ("p", "PC Daniel Hurst, 38, who was based at Abbey Road police station, admitted the claims were inaccurate but denied acting dishonestly."),
    ("p", "The panel did not accept that."),
    ("p", "Its chair, Sarah Whitfield, said the officer had \u201cdeliberately and repeatedly\u201d claimed for shifts he never worked, including days when he was recorded as being on annual leave."),
    ("p", "The panel found that between March 2022 and February 2024 PC Hurst:"),
    ("ul", ["claimed 212 hours of overtime he did not work",
            "altered two duty rosters after a supervisor had signed them off",
            "asked a colleague to confirm he had attended a briefing he missed"]),
    ("p", "Each was a breach of the standards of professional behaviour on honesty and integrity, and together they amounted to gross misconduct."),
    gz_newsletter(),
    ("p", "He will be placed on the barred list."),
    ("p_html", 'The hearing followed an investigation by the force&rsquo;s <a href="/topic/professional-standards/">Professional Standards Department</a>, which began after an <a href="/news/wenn-valley-police-overtime-audit/">audit of overtime payments</a> flagged irregularities last year. The <a href="/documents/misconduct-outcome-hurst/">outcome notice</a> is published on the force&rsquo;s website, and the <a href="/topic/police-conduct/">Independent Office for Police Conduct</a> explains <a href="/explainers/how-police-misconduct-hearings-work/">how misconduct hearings work</a>.'),
    ("p", "Deputy Chief Constable Mark Adeyemi of Wenn Valley Police said: \u201cThe public rightly expect officers to be honest. PC Hurst fell far short of that, and he no longer has a place in policing.\u201d"),
    ("p", "The force said the money would be recovered."),
    ("p", "Mr Hurst can appeal."),
    gz_readmore("Wenn Valley Police overtime bill rises by a fifth"),
]
m = dict(url=GZ + "/news/thamesbury-police-officer-sacked-for-faking-overtime-claims/", page_type="article",
         story="wenn-valley-pc-overtime", expect="new", title=PC_T,
         standfirst="A misconduct panel found PC Daniel Hurst claimed for 212 hours he did not work over two years.",
         author="Amira Said", role="Chief Reporter", date="Tuesday 3 June 2025, 6:02pm", datetime="2025-06-03T18:02:00+01:00",
         crumbs=["News", "Crime"], tags=["Wenn Valley Police", "Police misconduct"])
write(ROOT, "thamesbury-gazette/police-officer-sacked-overtime.html",
      gazette_article(m, items, [("Met Police misconduct: what the latest allegations mean for public trust", "31 May 2025")],
                      most_read_except(PC_T),
                      [("ValeResident62", "1 hour ago", "Good riddance. Honest officers will be glad to see the back of him.")]), m)

# --- seed 004: Met misconduct explainer (syndicated), with lists, a table, an FAQ and an author box
L4 = lines(4)
H4 = {2, 4, 11, 19, 22, 24, 31, 34, 38, 41, 48, 51, 54, 56, 62, 65, 68, 70, 76, 83}
items = []
for it in body(4, 1, 39, H4):
    items.append(it)
items.append(("raw", '<figure>%s</figure>\n' % img(L4[39], "6b4a5b")))
items += body(4, 40, 86, H4)
table = [["\U0001f6e1\ufe0f Key Points", "\U0001f4dd Summary"]]
for i in range(87, 92):
    t = L4[i]
    for k in ["Reforms Needed", "Community Engagement", "Accountability", "Open Dialogue", "Building Trust"]:
        j = t.find(" " + k + " ")
        if 0 <= j <= 4:
            cut = j + len(k) + 1
            table.append([t[:cut], t[cut + 1:]])
            break
    else:
        raise ValueError(t)
items.append(("table", table))
items.append(("h2", L4[92]))
for i in range(93, 101):
    items.append(("h3" if i % 2 else "p", L4[i]))
items.append(("chrome", "boilerplate", "byline",
              '<div class="author-box">\n<h3>%s</h3>\n<ul>\n<li>%s</li>\n</ul>\n</div>\n' % (L4[101], esc(L4[102][2:]))))
EXPL_T = "Met Police misconduct: what the latest allegations mean for public trust"
m = dict(url=GZ + "/news/met-police-misconduct-what-the-latest-allegations-mean-for-public-trust/", page_type="article",
         story="met-misconduct-explainer", expect="new", title=EXPL_T, standfirst=L4[0],
         author="Raphaela", role="Contributor", date="Saturday 31 May 2025, 11:00am", datetime="2025-05-31T11:00:00+01:00",
         crumbs=["News", "Explainers"], tags=["Met Police", "Police misconduct"], alt=L4[39])
write(ROOT, "thamesbury-gazette/met-misconduct-explainer.html",
      gazette_article(m, items, [("Thamesbury police officer sacked for faking overtime claims", "3 Jun 2025")],
                      most_read_except(EXPL_T), []), m)

# --- Gazette home page (listing)
p = Page()
m = dict(url=GZ + "/", page_type="listing", story="gazette-home", expect="new", title="The Thamesbury Gazette",
         description="News, sport and what's on in Thamesbury and the Wenn Valley")
gz_head(p, m)
gz_top(p)
p.raw('<div class="wrap">\n<main id="main">\n')
sections = [("Top stories", [
    (TOBIAS_T, "2 June 2025", "Dozens of homes in Lower Thamesbury were evacuated overnight as more than 60mm of rain fell in 24 hours."),
    (PC_T, "3 June 2025", "A misconduct panel found PC Daniel Hurst claimed for 212 hours he did not work over two years."),
    (COUNCIL_T, "30 May 2025", "Cars will be banned from Market Street between 10am and 6pm from September."),
]), ("Sport", [
    (SPORT_T, "28 May 2025", "Two goals from Kieran Doyle sent the Blues through to their first County Cup final in eleven years."),
    ("Wenn Valley Harriers crowned county relay champions", "26 May 2025", "The club's under-17 squad took gold at the championships in Kingsmead."),
]), ("What's On", [
    ("Thamesbury Festival returns with three days of free music", "27 May 2025", "Organisers promise more than 40 acts across four stages in Abbey Gardens."),
    ("New bakery opens in former bank on Bridge Street", "24 May 2025", "The old vault is now a walk-in cold store for sourdough."),
])]
for head, entries in sections:
    p.raw("<section>\n")
    p.add("boilerplate", "navigation", "<h2>%s</h2>\n" % esc(head))
    for t, d, teaser in entries:
        p.raw('<div class="teaser">\n')
        p.add("listing", None, '<h3><a href="/news/%s/">%s</a></h3>\n' % (slug(t), esc(t)))
        p.add("listing", None, "<p>%s</p>\n" % esc(teaser))
        p.add("listing", None, "<time>%s</time>\n" % d)
        p.raw("</div>\n")
    p.raw("</section>\n")
p.add("boilerplate", "subscribe", gz_newsletter()[3])
p.raw("</main>\n")
gz_side(p, MOST_READ[:4])
p.raw("</div>\n")
gz_bottom(p)
write(ROOT, "thamesbury-gazette/index.html", p, m)
