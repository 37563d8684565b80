"""What the three fixture sites' templates share: blurbs, image placeholders, the article body renderer."""
import re
from common import Page, esc

WELCOME = [
    "Welcome to your ultimate source for breaking news, trending updates, and in-depth stories from around the world. Whether it's politics, technology, entertainment, sports, or lifestyle, we bring you real-time updates that keep you informed and ahead of the curve.",
    "Our team works tirelessly to ensure you never miss a moment. From the latest developments in global events to the most talked-about topics on social media, our news platform is designed to deliver accurate and timely information, all in one place.",
    "Stay in the know and join thousands of readers who trust us for reliable, up-to-date content. Explore our expertly curated articles and dive deeper into the stories that matter to you. Visit Best Website now and be part of the conversation. Don't miss out on the headlines that shape our world!",
]


def thanks(title):
    return [
        "Thank you for visiting our website, your trusted source for the latest updates and in-depth coverage on %s. We're committed to keeping you informed with timely and accurate information to meet your curiosity and needs." % title,
        "If you have any questions, suggestions, or feedback, we'd love to hear from you. Your insights are valuable to us and help us improve to serve you better. Feel free to reach out through our contact page.",
        "Don't forget to bookmark our website and check back regularly for the latest headlines and trending topics. See you next time, and thank you for being part of our growing community!",
    ]


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


SVG = ("data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1200' height='630'%3E"
       "%3Crect width='1200' height='630' fill='%23{c}'/%3E%3C/svg%3E")


def img(alt, c="8a9bb0", cls=""):
    return '<img%s src="%s" width="1200" height="630" alt="%s">' % (
        ' class="%s"' % cls if cls else "", SVG.replace("{c}", c), esc(alt).replace('"', "&quot;"))


def bold_label(t):
    m = re.match(r"^([^:]{3,45}): (.*)$", t)
    if m:
        return "<strong>%s:</strong> %s" % (esc(m.group(1)), esc(m.group(2)))
    return esc(t)


def render_body(p, items, st):
    """st: dict of tag templates per site: h2, p, ul(open, close), li(open, close)."""
    for it in items:
        k = it[0]
        if k == "h2":
            p.add("content", None, st["h2"] % esc(it[1]))
        elif k == "h3":
            p.add("content", None, st["h3"] % esc(it[1]))
        elif k == "p":
            p.add("content", None, st["p"] % esc(it[1]))
        elif k == "p_html":
            p.add("content", None, st["p"] % it[1])
        elif k == "ul":
            p.raw(st["ul"][0])
            for li in it[1]:
                p.add("content", None, st["li"] % bold_label(li))
            p.raw(st["ul"][1])
        elif k == "table":
            p.raw(st["table"][0])
            for i, row in enumerate(it[1]):
                cell = "th" if i == 0 else "td"
                p.add("content", None, "<tr>" + "".join("<%s>%s</%s>" % (cell, esc(c), cell) for c in row) + "</tr>\n")
            p.raw(st["table"][1])
        elif k == "chrome":
            p.add(it[1], it[2], it[3])
        elif k == "raw":
            p.raw(it[1])
        else:
            raise ValueError(k)
