"""The Thamesbury Gazette's fixture pages and gold files (write_pages.py calls write_gazette)."""
from common import write, Page, esc
from seeds import body, featured_latest, lines
from sites import *

GZ = "https://www.thamesburygazette.example"


def write_gazette(ROOT):
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
