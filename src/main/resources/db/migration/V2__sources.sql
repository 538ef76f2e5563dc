-- The two source articles that every claim in V5 is traced back to.
-- Neither article gives a publisher or a URL, so both are left null.

insert into sources (id, title, author, author_credentials, kind, publisher, url, last_reviewed)
values ('acupuncture-in-running',
        'Acupuncture in Running',
        null,
        null,
        'consumer-article',
        null,
        null,
        date '2026-11-21');

insert into sources (id, title, author, author_credentials, kind, publisher, url, last_reviewed)
values ('how-acupuncture-helps-runners',
        'How Acupuncture Helps Runners',
        'Joseph Alban',
        'L.Ac.; Doctor of Acupuncture, licensed acupuncturist in New York and NCCAOM board-certified herbalist',
        'practitioner-article',
        null,
        null,
        date '2026-11-21');
