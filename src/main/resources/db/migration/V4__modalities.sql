-- Treatment modalities, with what to expect and safety notes only where the articles give them.

insert into modalities (slug, name, category, summary, description, session_minutes_min, session_minutes_max, last_reviewed)
values ('acupuncture',
        'Acupuncture',
        'traditional-chinese-medicine',
        'Fine needles placed at chosen points on the body, which runners use to manage pain, support healing and recovery, and help prevent injuries.',
        'Acupuncture is an ancient practice that the practitioner article says has been used for injuries for over 3,000 years. Fine needles go into specific points that, in traditional Chinese medicine, sit on channels along which qi (the body''s energy) travels, and the practitioner describes the treatment as correcting underlying imbalances. Both articles present it as a complement to other care: the consumer article calls it a useful adjunct for injured athletes, and the practitioner says it can be combined with physical therapy and massage in an existing care plan.',
        20,
        30,
        date '2026-11-21');

insert into modalities (slug, name, category, summary, description, session_minutes_min, session_minutes_max, last_reviewed)
values ('electroacupuncture',
        'Electroacupuncture',
        'traditional-chinese-medicine',
        'A technique the practitioner article names among those it combines to treat plantar fasciitis.',
        'The practitioner article lists electroacupuncture, together with cupping, gua sha and tui na, as techniques used in combination to ease tightness in the calf muscles, the tendons and the plantar fascia of runners with plantar fasciitis. The articles do not describe how it is performed or what a session involves.',
        null,
        null,
        date '2026-11-21');

insert into modalities (slug, name, category, summary, description, session_minutes_min, session_minutes_max, last_reviewed)
values ('cupping',
        'Cupping',
        'traditional-chinese-medicine',
        'An ancient Chinese medicine technique that applies depressurised glass or plastic cups to the skin to create suction.',
        'According to the practitioner article, the suction from the cups is said to boost blood flow and qi, and cupping has been applied to problems including inflammation, back and neck pain, and chest congestion. The article reports research suggesting cupping can support the immune system, improve blood flow and ease pain and inflammation, and adds that it boosts cell repair, helps with fatigue and makes scar tissue less visible. The practitioner uses it during or after an acupuncture session.',
        null,
        null,
        date '2026-11-21');

insert into modalities (slug, name, category, summary, description, session_minutes_min, session_minutes_max, last_reviewed)
values ('gua-sha',
        'Gua sha',
        'traditional-chinese-medicine',
        'A traditional Chinese medicine technique that the practitioner article names as part of its plantar fasciitis treatment.',
        'Gua sha is mentioned once in the practitioner article, as one of several techniques (with tui na, electroacupuncture and cupping) combined to ease tightness in the calf muscles, the tendons and the plantar fascia. The articles say nothing further about how it is done or what it feels like.',
        null,
        null,
        date '2026-11-21');

insert into modalities (slug, name, category, summary, description, session_minutes_min, session_minutes_max, last_reviewed)
values ('tui-na',
        'Tui na',
        'traditional-chinese-medicine',
        'A traditional Chinese medicine technique named in the practitioner article as part of treating plantar fasciitis.',
        'Tui na appears in the practitioner article next to gua sha, cupping and electroacupuncture as a technique combined to relieve tightness in the calf muscles, the tendons and the plantar fascia. The articles give no other details about the technique or what a session involves.',
        null,
        null,
        date '2026-11-21');

insert into modalities (slug, name, category, summary, description, session_minutes_min, session_minutes_max, last_reviewed)
values ('massage',
        'Massage',
        'manual-therapy',
        'Massage, which the practitioner article says acupuncture can be combined with in an existing care plan.',
        'The practitioner article notes that its acupuncture-based therapies can be added to a runner''s current care next to massage and physical therapy. It also compares cups that are moved over the skin to the effect of a massage. The articles make no specific claims about massage on its own.',
        null,
        null,
        date '2026-11-21');

insert into modalities (slug, name, category, summary, description, session_minutes_min, session_minutes_max, last_reviewed)
values ('physical-therapy',
        'Physical therapy',
        'rehabilitation',
        'Physical therapy, which the practitioner article says can be used alongside acupuncture.',
        'The practitioner article says its therapies can be fitted into a runner''s existing care together with physical therapy and massage. The articles do not describe physical therapy itself or make claims about its effects.',
        null,
        null,
        date '2026-11-21');

insert into modalities (slug, name, category, summary, description, session_minutes_min, session_minutes_max, last_reviewed)
values ('stretching-and-exercise',
        'Stretching and exercise',
        'rehabilitation',
        'Exercises and stretching, which the practitioner article calls important for keeping the back healthy.',
        'When discussing back pain, the practitioner article says that appropriate exercises and stretching also play an important part in keeping the back healthy. The articles give no specific routines.',
        null,
        null,
        date '2026-11-21');

-- ---------------------------------------------------------------------------------------------
-- What to expect (ordered steps)
-- ---------------------------------------------------------------------------------------------

insert into modality_steps (modality_id, position, text)
values ((select id from modalities where slug = 'acupuncture'), 1,
        'Assessment: the practitioner goes over your medical history and carries out a physical examination.');
insert into modality_steps (modality_id, position, text)
values ((select id from modalities where slug = 'acupuncture'), 2,
        'Needle insertion: fine needles are placed gently at selected points and are usually left in for roughly 20 to 30 minutes.');
insert into modality_steps (modality_id, position, text)
values ((select id from modalities where slug = 'acupuncture'), 3,
        'Sensation: most people feel no pain, perhaps only mild tingling or a sense of warmth.');

insert into modality_steps (modality_id, position, text)
values ((select id from modalities where slug = 'cupping'), 1,
        'Assessment: the practitioner first looks at your individual needs.');
insert into modality_steps (modality_id, position, text)
values ((select id from modalities where slug = 'cupping'), 2,
        'Application: the cups are placed either during the acupuncture session or once it has finished.');
insert into modality_steps (modality_id, position, text)
values ((select id from modalities where slug = 'cupping'), 3,
        'Technique: the cups may be left where they are or slid gently across the skin, which feels similar to a massage.');
insert into modality_steps (modality_id, position, text)
values ((select id from modalities where slug = 'cupping'), 4,
        'Afterwards: bruise-like marks usually appear where the cups sat; they do not hurt but can last one to two weeks.');

-- ---------------------------------------------------------------------------------------------
-- Safety notes
-- ---------------------------------------------------------------------------------------------

insert into modality_safety_notes (modality_id, position, text)
values ((select id from modalities where slug = 'acupuncture'), 1,
        'Acupuncture is considered safe when it is performed by a trained professional using clean needles.');
insert into modality_safety_notes (modality_id, position, text)
values ((select id from modalities where slug = 'acupuncture'), 2,
        'It is not a substitute for seeing your regular doctor.');
insert into modality_safety_notes (modality_id, position, text)
values ((select id from modalities where slug = 'acupuncture'), 3,
        'Check with your healthcare provider before starting acupuncture.');

insert into modality_safety_notes (modality_id, position, text)
values ((select id from modalities where slug = 'cupping'), 1,
        'Expect bruise-like cup marks after treatment; the practitioner article says they are painless but can remain for one to two weeks.');
